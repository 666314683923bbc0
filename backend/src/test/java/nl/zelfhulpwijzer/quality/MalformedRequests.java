package nl.zelfhulpwijzer.quality;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.zelfhulpwijzer.quality.ContractOperations.Op;
import nl.zelfhulpwijzer.quality.ContractOperations.Param;

/**
 * Seeded generator of malformed requests for one contract operation: a plausible request built from the contract's
 * schemas, then one fault put into it (wrong types, missing and unknown fields, huge strings, odd Unicode, broken
 * JSON, deep nesting, wrong content types and methods, bad headers and path values, over-long lines).
 */
final class MalformedRequests {

    record Request(String kind, String method, String target, Map<String, String> headers, String body) {

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: localhost\r\nConnection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            return out.toByteArray();
        }

        String describe() {
            String shown = body == null ? "" : " body=" + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
            String path = target.length() > 200 ? target.substring(0, 200) + "…" : target;
            return kind + ": " + method + " " + path + shown;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ODD_TEXT = {
        "", " ", "\u0000", "nul\u0000byte", "\u202Eomgekeerd", "\uFEFFbom", "zero\u200Bwidth", "𝕏𝕐ℤ 🙂", "e\u0301\u0301\u0301",
        "\uD800", "a\tb\nc", "<script>alert(1)</script>", "' or 1=1 --", "%00", "../../etc/passwd", "NaN", "-0",
        "1e309", "99999999999999999999999", "-2147483649", "null", "true", "[]", "{}", "ĳsselmeer", "Ω≈ç√∫", "\\",
        "\"", "${jndi:ldap://x}", "2026-02-30", "25:61", "P-1D"
    };
    private static final String[] BROKEN_JSON = {
        "{", "}", "{\"a\":", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "[1,2", "nul", "tru", "{\"a\":NaN}", "{\"a\":01}",
        "\u0000", "{\"a\":\"\\u12\"}", "{\"a\":\"\\uD800\"}", "{\"a\":1}{\"b\":2}", "\uFEFF{}", "{\"a\":1e99999}", "<xml/>",
        "{\"a\":\"unterminated}", "--", "{\"__proto__\":{\"x\":1}}"
    };
    private static final String[] BAD_CONTENT_TYPES = {
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/json; charset=klingon", "*/*", "application", "image/png"
    };

    private final Random random;
    private final ContractOperations contract;
    private final String token;

    MalformedRequests(long seed, ContractOperations contract, String token) {
        this.random = new Random(seed);
        this.contract = contract;
        this.token = token;
    }

    /** A well-formed request from the contract's schemas, with this token (none when null). */
    Request plain(Op op, String bearer) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        if (bearer != null) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        for (Param p : op.params()) {
            String value = valid(p.schema()).asText();
            switch (p.in()) {
                case "path" -> path.put(p.name(), value);
                case "query" -> {
                    if (p.required()) {
                        query.put(p.name(), value);
                    }
                }
                case "header" -> headers.put(p.name(), p.name().equalsIgnoreCase("If-Match") ? "\"v1\"" : value);
                default -> { }
            }
        }
        String body = null;
        if (op.bodySchema() != null) {
            headers.put("Content-Type", op.bodyMediaType());
            body = valid(op.bodySchema()).toString();
        }
        return new Request("plain", op.method(), target(op.path(), path, query), headers, body);
    }

    Request next(Op op) {
        List<String> kinds = new ArrayList<>(List.of("path", "query-type", "query-unknown", "query-huge", "header",
                "accept", "auth", "method", "long-uri", "long-header", "header-syntax"));
        if (op.bodySchema() != null) {
            kinds.addAll(List.of("content-type", "broken-json", "top-level", "field-type", "field-missing",
                    "field-unknown", "field-huge", "field-odd", "deep-nesting", "no-body", "field-type", "field-odd"));
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", "application/json, application/problem+json, */*");
        for (Param p : op.params()) {
            String value = valid(p.schema()).asText();
            switch (p.in()) {
                case "path" -> path.put(p.name(), value);
                case "query" -> {
                    if (p.required() || random.nextBoolean()) {
                        query.put(p.name(), value);
                    }
                }
                case "header" -> headers.put(p.name(), p.name().equalsIgnoreCase("If-Match") ? "\"v1\"" : value);
                default -> { }
            }
        }
        JsonNode body = op.bodySchema() == null ? null : valid(op.bodySchema());
        String rawBody = body == null ? null : body.toString();
        if (op.bodySchema() != null) {
            headers.put("Content-Type", op.bodyMediaType());
        }
        String method = op.method();
        List<Param> queryParams = op.params().stream().filter(p -> p.in().equals("query")).toList();
        List<Param> headerParams = op.params().stream().filter(p -> p.in().equals("header")).toList();
        switch (kind) {
            case "path" -> {
                if (!path.isEmpty()) {
                    String name = pick(new ArrayList<>(path.keySet()));
                    path.put(name, oddPathValue());
                } else {
                    kind = "path-extra";
                }
            }
            case "query-type" -> {
                if (!queryParams.isEmpty()) {
                    query.put(pick(queryParams).name(), odd());
                } else {
                    query.put("page", odd());
                }
            }
            case "query-unknown" -> query.put(pick(List.of("onbekend", "$where", "a[b]", "page[]", "__proto__")), odd());
            case "query-huge" -> query.put(queryParams.isEmpty() ? "q" : pick(queryParams).name(), huge(2_000 + random.nextInt(4_000)));
            case "header" -> {
                String name = headerParams.isEmpty() ? pick(List.of("If-Match", "If-None-Match", "Idempotency-Key",
                        "X-Request-Id", "X-On-Behalf-Of", "Accept-Language", "X-Forwarded-For")) : pick(headerParams).name();
                headers.put(name, oddHeaderValue());
            }
            case "accept" -> headers.put("Accept", pick(List.of("application/xml", "text/csv", "image/png", "x/y", "application/json;q=x")));
            case "auth" -> headers.put("Authorization", pick(List.of("Bearer", "Bearer ", "Bearer x.y.z", "Basic Zm9vOmJhcg==",
                    "Bearer " + token + "x", "Bearer " + token.substring(0, token.length() / 2), "bearer\u00e9")));
            case "method" -> method = pick(List.of("PATCH", "TRACE", "PROPFIND", "PUT", "DELETE", "POST", "GET"));
            // between the application's limits (common/http/RequestLimits) and the HTTP decoder's (64 KiB)
            case "long-uri" -> query.put("q", "a".repeat(9_000 + random.nextInt(50_000)));
            case "long-header" -> headers.put("X-Lang", "a".repeat(17_000 + random.nextInt(40_000)));
            case "header-syntax" -> headers.put(pick(List.of("X Space", "X-Nul\u0001", "(", "X-Ok")), pick(List.of("a\u0001b", "ok", "é")));
            case "content-type" -> {
                String type = pick(List.of(BAD_CONTENT_TYPES));
                headers.put("Content-Type", type);
            }
            case "broken-json" -> rawBody = pick(List.of(BROKEN_JSON));
            case "top-level" -> rawBody = pick(List.of("[]", "[" + rawBody + "]", "\"tekst\"", "42", "null", "true", "\"\""));
            case "no-body" -> {
                rawBody = random.nextBoolean() ? "" : null;
                if (rawBody == null) {
                    headers.remove("Content-Type");
                }
            }
            case "deep-nesting" -> {
                int depth = 2_000 + random.nextInt(20_000);
                rawBody = "[".repeat(depth) + "]".repeat(depth);
                if (random.nextBoolean() && body instanceof ObjectNode) {
                    rawBody = "{\"" + firstField(body) + "\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth + 1);
                }
            }
            default -> rawBody = mutateField(kind, body);
        }
        return new Request(kind, method, target(op.path(), path, query), headers, rawBody);
    }

    private String mutateField(String kind, JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            return "{\"onbekend\":" + JSON.valueToTree(odd()) + "}";
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "veld" : pick(fields);
        switch (kind) {
            case "field-type" -> object.set(field, wrongType(object.get(field)));
            case "field-missing" -> object.remove(field);
            case "field-unknown" -> object.set(pick(List.of("onbekend", "id", "version", "instelling", "bsn", "@type")), NODES.textNode(odd()));
            case "field-huge" -> object.set(field, random.nextBoolean() ? NODES.textNode(huge(50_000 + random.nextInt(200_000)))
                    : hugeArray());
            default -> object.set(field, NODES.textNode(odd()));
        }
        return object.toString();
    }

    private JsonNode wrongType(JsonNode current) {
        List<JsonNode> options = new ArrayList<>(List.of(NODES.textNode(odd()), NODES.numberNode(new java.math.BigDecimal("1e400")),
                NODES.numberNode(-1), NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode().put("a", 1),
                NODES.arrayNode().add(NODES.objectNode()), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(0.5)));
        options.removeIf(option -> current != null && option.getNodeType() == current.getNodeType());
        return pick(options);
    }

    private ArrayNode hugeArray() {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            array.add("x" + i);
        }
        return array;
    }

    /** A plausible value for the schema: enough that a request passes parsing and reaches the rules. */
    JsonNode valid(JsonNode schemaNode) {
        JsonNode schema = contract.resolve(schemaNode);
        if (schema == null || schema.isMissingNode()) {
            return NODES.textNode("x");
        }
        if (schema.has("allOf")) {
            return valid(schema.get("allOf").get(0));
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(valid(schema.path("items")));
            case "string" -> NODES.textNode(switch (format) {
                case "date" -> "2026-03-02";
                case "date-time" -> "2026-03-02T10:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                case "uri", "url" -> "https://example.org/";
                case "email" -> "x@example.org";
                case "local-time" -> "19:30:00";
                default -> "voorbeeld";
            });
            default -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(property -> {
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(), valid(property.getValue()));
                    }
                });
                yield object;
            }
        };
    }

    private static String firstField(JsonNode body) {
        return body.fieldNames().hasNext() ? body.fieldNames().next() : "a";
    }

    private String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> entry : path.entrySet()) {
            target = target.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        StringBuilder out = new StringBuilder(target);
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            out.append(separator).append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
            separator = '&';
        }
        return out.toString();
    }

    private String oddPathValue() {
        return pick(List.of(encode(odd()), encode(huge(300 + random.nextInt(3_000))), "%ZZ", "%", "%2e%2e%2f%2e%2e",
                "-1", "0", "9223372036854775808", "1.5", "%20", "x%00y", "%C0%AF", "%F0%9F%99%82", ";a=b", "a%2Fb"));
    }

    private String oddHeaderValue() {
        return pick(List.of("*", "W/\"x\"", "\"v999999999999999999999\"", "\"v-1\"", "\"\"", "v1", "\"v1\", \"v2\"",
                huge(3_000), "\u00e9\u00e8", "\"v1.x\"", " ", "null", "\"v1", UUID.randomUUID() + "," + UUID.randomUUID()));
    }

    private String odd() {
        return ODD_TEXT[random.nextInt(ODD_TEXT.length)];
    }

    private String huge(int length) {
        String unit = pick(List.of("a", "é", "🙂", "ĳ", "x ", "\u0301"));
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
