package nl.zelfhulpwijzer.common.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a JSON text value with a NUL character (U+0000) while reading any request body: PostgreSQL cannot
 * store it, so without this every text field of every feature would need its own check or end in a 500. The error
 * is Jackson's own "wrong form" error, which {@code ProblemMappers} answers with 400 naming the field.
 */
@Singleton
public class NoNulInJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-in-json").addDeserializer(String.class, new Strict()));
    }

    static final class Strict extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(value, String.class, "contains a NUL character");
            }
            return value;
        }
    }
}
