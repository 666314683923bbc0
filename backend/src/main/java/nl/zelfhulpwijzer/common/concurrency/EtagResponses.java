package nl.zelfhulpwijzer.common.concurrency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The response shape of every versioned resource: the body with its ETag, which the next write sends back as
 * If-Match. Callers compute the body before the ETag, so that a flush inside the mapping has already bumped the
 * version the ETag is made from.
 */
public final class EtagResponses {

    private EtagResponses() {
    }

    /** 200 with the body and its ETag. */
    public static <T> RestResponse<T> ok(T body, EntityTag etag) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag.value()).build();
    }

    /** 201 with the new resource's location, the body and its ETag. */
    public static <T> RestResponse<T> created(URI location, T body, EntityTag etag) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).header(HttpHeaders.ETAG, etag.value()).build();
    }
}
