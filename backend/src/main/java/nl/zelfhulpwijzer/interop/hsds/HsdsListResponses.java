package nl.zelfhulpwijzer.interop.hsds;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Answers an HSDS list as one JSON page or, with format=ndjson, as every result one JSON object a line. */
@ApplicationScoped
class HsdsListResponses {

    public static final String NDJSON = "application/x-ndjson";
    static final int BATCH = 500;

    /** The static {@code of} factory of a typed HSDS page, such as {@link HsdsModel.TaxonomyPage#of}. */
    @FunctionalInterface
    interface PageOf<T> {
        Object of(List<T> contents, int page, int perPage, long total);
    }

    @Inject
    ObjectMapper mapper;

    /** A list that is complete in memory: NDJSON of all of it, or the requested page of it. */
    <T> Response answer(HsdsListRequest list, List<T> all, PageOf<T> pageOf) {
        if (list.ndjson()) {
            return ndjson(all, batch -> batch);
        }
        return json(pageOf.of(list.slice(all), list.page(), list.perPage(), all.size()));
    }

    static Response json(Object page) {
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** format=ndjson: every result, one JSON object a line, mapped in batches so memory stays bounded per batch. */
    <K, T> Response ndjson(List<K> keys, Function<List<K>, List<T>> map) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < keys.size(); i += BATCH) {
            for (T item : map.apply(keys.subList(i, Math.min(keys.size(), i + BATCH)))) {
                try {
                    body.append(mapper.writeValueAsString(item)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Could not write HSDS item", e);
                }
            }
        }
        return Response.ok(body.toString(), NDJSON).build();
    }
}
