package nl.zelfhulpwijzer.common.http;

import java.lang.reflect.Type;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Reads a request body that must not carry fields its type lacks (such as personal data), for
 * {@code @CustomDeserialization(StrictJson.class)}; the rest of the API keeps the lenient default.
 * {@code ProblemMappers} answers an unknown field with 422 naming it.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
