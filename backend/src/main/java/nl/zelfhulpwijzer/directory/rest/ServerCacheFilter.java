package nl.zelfhulpwijzer.directory.rest;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.zelfhulpwijzer.common.http.JsonAnswer;
import nl.zelfhulpwijzer.common.http.ServerCache;
import nl.zelfhulpwijzer.directory.DirectoryVersion;

/**
 * Keeps the answers of reads marked {@link ServerCache}, per path and query, per minute (searches order by the next
 * meeting from now, to the minute) and per directory version (every change to the directory starts afresh, on every
 * instance). Many people ask the same questions — "vandaag", a day, a town — so most searches are answered without
 * the database's search work. The same for the FHIR door's directory searches, per base address and Accept header
 * as well. The response runs on through {@code PublicCacheFilter} (Cache-Control, 304) where a read has it.
 */
@Provider
@ServerCache
// response filters run in descending priority: this one before PublicCacheFilter, so it sees the entity itself
@Priority(Priorities.USER + 100)
public class ServerCacheFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String KEY = ServerCacheFilter.class.getName() + ".key";

    @Inject
    KeptAnswers answers;

    @Inject
    DirectoryVersion version;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!answers.enabled() || precisePoint(request.getUriInfo().getQueryParameters())) {
            return;
        }
        // the version is read before the answer is computed, so an answer never predates the version it is kept under
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        KeptAnswers.Key key = new KeptAnswers.Key(request.getUriInfo().getBaseUri().toString(), request.getUriInfo().getPath(),
                new TreeMap<>(request.getUriInfo().getQueryParameters()), accept == null ? "" : accept,
                Math.floorDiv(clock.millis(), 60_000), version.current());
        KeptAnswers.Answer kept = answers.get(key);
        if (kept != null) {
            request.abortWith(Response.ok(kept.json().body(), kept.type()).header(HttpHeaders.ETAG, kept.json().etag()).build());
        } else {
            request.setProperty(KEY, key);
        }
    }

    /**
     * A point given to more than two decimals (finer than about a kilometre: a device's own position, as an EPD may
     * send it) is all but never asked again, so its answer is not kept: under such searches the kept answers filled the
     * whole budget with answers nobody reused (scripts/bench-search.sh, resident memory). The web client rounds "near
     * me" to two decimals, so neighbours share those answers.
     */
    static boolean precisePoint(MultivaluedMap<String, String> query) {
        return Stream.of("lat", "lon").map(query::get).filter(Objects::nonNull).flatMap(List::stream)
                .anyMatch(value -> value.indexOf('.') >= 0 && value.length() - value.indexOf('.') - 1 > 2);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(KEY) instanceof KeptAnswers.Key key) || response.getStatus() != 200
                || !response.hasEntity()) {
            return;
        }
        JsonAnswer answer = JsonAnswer.settle(response, mapper);
        if (answer != null) {
            MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
            answers.put(key, new KeptAnswers.Answer(answer, type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                    ? type : type.withCharset("UTF-8")));
        }
    }
}
