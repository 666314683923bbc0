package nl.zelfhulpwijzer.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.RestAssured;

/** Every operation of the contract, with its parameters and body schema resolved. */
public final class ContractOperations {

    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /** {@code roles}: the roles that may call it; empty on a secured operation means any logged-in caller. */
    public record Op(String method, String path, String operationId, List<Param> params, JsonNode bodySchema,
            String bodyMediaType, boolean secured, List<String> roles) {

        public String label() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode root;
    private final List<Op> operations = new ArrayList<>();

    private ContractOperations(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(toOp(method.toUpperCase(), path.getKey(), op));
                }
            }
        });
    }

    /**
     * The contract the running backend serves (the same as ../openapi.yaml: OpenApiContractTest checks that), so a
     * new endpoint is covered as soon as it exists.
     */
    public static ContractOperations load() {
        try {
            String served = RestAssured.given().accept("application/yaml").get("/q/openapi").asString();
            return new ContractOperations(new ObjectMapper(new YAMLFactory()).readTree(served));
        } catch (IOException e) {
            throw new IllegalStateException("the served contract cannot be read", e);
        }
    }

    public List<Op> all() {
        return operations;
    }

    /** Follows a local {@code $ref} (one or more levels); other nodes come back as they are. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = root;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private Op toOp(String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = resolve(p);
            params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                    param.path("required").asBoolean(false), resolve(param.path("schema"))));
        }
        JsonNode body = null;
        String mediaType = null;
        JsonNode content = resolve(op.path("requestBody")).path("content");
        Iterator<Map.Entry<String, JsonNode>> media = content.fields();
        if (media.hasNext()) {
            Map.Entry<String, JsonNode> first = media.next();
            mediaType = first.getKey();
            body = resolve(first.getValue().path("schema"));
        }
        boolean secured = op.has("security") && op.get("security").size() > 0;
        List<String> roles = new ArrayList<>();
        // Quarkus lists an operation's @RolesAllowed roles as the scopes of its security requirement.
        op.path("security").forEach(requirement -> requirement.elements()
                .forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText()))));
        return new Op(method, path, op.path("operationId").asText(method + " " + path), params, body, mediaType, secured,
                roles);
    }
}
