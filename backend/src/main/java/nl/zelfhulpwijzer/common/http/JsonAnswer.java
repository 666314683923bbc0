package nl.zelfhulpwijzer.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An answer as the bytes that are sent, with the strong ETag of exactly those bytes. */
public record JsonAnswer(byte[] body, String etag) {

    /** Serialises once: the bytes that are hashed are the bytes that are sent (or kept). */
    static JsonAnswer of(ObjectMapper mapper, Object entity) throws JsonProcessingException {
        byte[] body = entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(entity);
        return new JsonAnswer(body, etag(body));
    }

    /**
     * Puts the bytes of the response's entity in its place and sets their ETag; null when the entity cannot be
     * serialised (then the usual writer reports it).
     */
    public static JsonAnswer settle(ContainerResponseContext response, ObjectMapper mapper) {
        JsonAnswer answer;
        try {
            answer = of(mapper, response.getEntity());
        } catch (JsonProcessingException e) {
            return null;
        }
        response.setEntity(answer.body());
        response.getHeaders().putSingle(HttpHeaders.ETAG, answer.etag());
        return answer;
    }

    static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
