package nl.zelfhulpwijzer.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.zelfhulpwijzer.support.Contract;

/** Every operation of the committed contract (../openapi.yaml), with its parameters and body schema resolved. */
public final class ContractOperations {

    public record Param(String name, String in, boolean required, JsonNode schema) {
    }

    public record Op(String method, String path, String operationId, List<Param> params, JsonNode bodySchema,
            String bodyMediaType, boolean secured) {

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

    public static ContractOperations load() {
        try {
            return new ContractOperations(new ObjectMapper(new YAMLFactory()).readTree(Contract.OPENAPI_FILE.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml cannot be read", e);
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
        return new Op(method, path, op.path("operationId").asText(method + " " + path), params, body, mediaType, secured);
    }
}
