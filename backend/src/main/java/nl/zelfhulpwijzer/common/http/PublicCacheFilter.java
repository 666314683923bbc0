package nl.zelfhulpwijzer.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ETag (the resource's own, else a hash of the body), Cache-Control and 304 for resources marked {@link PublicCache}. */
@Provider
@PublicCache
public class PublicCacheFilter implements ContainerResponseFilter {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "directory.public-max-age-seconds", defaultValue = "60")
    int maxAge;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object given = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag;
        if (given != null) {
            etag = given.toString();
        } else {
            // serialise once: the bytes that are hashed are the bytes that are sent
            byte[] body = body(response.getEntity());
            if (body == null) {
                return;
            }
            etag = hash(body);
            response.setEntity(body);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        String bare = etag.replace("W/", "");
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.replace("W/", "").equals(bare));
    }

    private byte[] body(Object entity) {
        try {
            return entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String hash(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
