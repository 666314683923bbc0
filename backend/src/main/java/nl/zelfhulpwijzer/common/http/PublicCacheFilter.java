package nl.zelfhulpwijzer.common.http;

import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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
            JsonAnswer answer = JsonAnswer.settle(response, mapper);
            if (answer == null) {
                return;
            }
            etag = answer.etag();
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
}
