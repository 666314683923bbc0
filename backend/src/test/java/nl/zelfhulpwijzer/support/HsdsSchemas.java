package nl.zelfhulpwijzer.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The official Open Referral HSDS 3.0 JSON schemas (test resources under hsds-3.0/, see its README) as validators.
 * The schema URLs the HSDS openapi.json uses are mapped to the class path, so nothing is fetched. The HSDS
 * openapi.json declares JSON Schema 2020-12 as its dialect; formats (uuid, uri, email, date-time) are asserted.
 */
public final class HsdsSchemas {

    public static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:hsds-3.0/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private HsdsSchemas() {
    }

    /** A schema by its path under schema/ in the HSDS repository, e.g. "compiled/service.json" or "openapi.json#/…". */
    public static Schema schema(String path) {
        return CACHE.computeIfAbsent(path, p -> REGISTRY.getSchema(SchemaLocation.of(BASE + p)));
    }

    /** All violations of the JSON text against the schema at that path, one readable line each; empty when valid. */
    public static List<String> violations(String path, String json) {
        List<Error> errors = schema(path).validate(json, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage() + " (" + e.getKeyword() + ")")
                .collect(Collectors.toList());
    }

    /** Fails with every violation listed when the JSON text does not conform. */
    public static void assertValid(String path, String json) {
        List<String> violations = violations(path, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("Not valid against HSDS 3.0 " + path + ":\n  " + String.join("\n  ", violations));
        }
    }
}
