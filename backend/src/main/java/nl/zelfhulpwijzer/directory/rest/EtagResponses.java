package nl.zelfhulpwijzer.directory.rest;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The response shape of the directory's versioned resources: the body with its ETag, which the next write sends back
 * as If-Match. Callers compute the body before the ETag, so that a flush inside the mapping has already bumped the
 * version the ETag is made from.
 */
final class EtagResponses {

    private EtagResponses() {
    }

    /** 200 with the body and its ETag. */
    static <T> RestResponse<T> ok(T body, String etag) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    /** 201 with the new resource's location, the body and its ETag. */
    static <T> RestResponse<T> created(URI location, T body, String etag) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).header(HttpHeaders.ETAG, etag).build();
    }
}
