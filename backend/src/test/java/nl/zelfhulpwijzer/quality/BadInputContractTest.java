package nl.zelfhulpwijzer.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.zelfhulpwijzer.quality.ContractOperations.Op;
import nl.zelfhulpwijzer.quality.MalformedRequests.Request;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Sends generated malformed requests to every operation of openapi.yaml (a new endpoint is covered by itself), with a
 * token holding every role so they pass the role checks and reach validation. Expected: no 5xx, every 4xx is
 * application/problem+json (also the HTTP layer's own refusals), and a refused request changes no row.
 * <p>
 * Size and seed: {@code -Dzhw.bad-input.requests=N} (at least N requests, spread evenly over the operations; default
 * 4,000, about a minute) and {@code -Dzhw.bad-input.seed=S}; a failure names the seed so it can be replayed. The full
 * run: {@code ./mvnw verify -Dtest=BadInputContractTest -Dzhw.bad-input.requests=10000} (see backend/README.md).
 */
@QuarkusTest
class BadInputContractTest {

    /** Refusing a request on purpose counts it in these tables: that is the rate limit working, not a leak. */
    private static final List<String> COUNTED_WHEN_REFUSED = List.of("rate_window");
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Known limit: a header line the HTTP decoder cannot parse (a space or control character in its name) is refused
     * by Vert.x itself with a bare 400 (or a closed connection) before any Quarkus code runs; see common/http/RequestLimits.
     */
    private static final String HEADER_SYNTAX = "header-syntax";

    @Inject
    DataSource dataSource;

    /** Its thousands of requests from one address fill the rate limits of the public writes; later tests need them empty. */
    @AfterEach
    void forgetRateWindows() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from rate_window");
        }
    }

    @Test
    void everyOperationRefusesMalformedInputCleanly() {
        long seed = Long.getLong("zhw.bad-input.seed", 20261206L);
        int requested = Integer.getInteger("zhw.bad-input.requests", 4_000);
        ContractOperations contract = ContractOperations.load();
        List<Op> operations = contract.all();
        int perOperation = (requested + operations.size() - 1) / operations.size();
        String token = TestTokens.token("kwaliteit", "Kwaliteit Test", TestTokens.INSTITUTION,
                "medewerker", "coordinator", "beheerder", "epd");
        MalformedRequests generator = new MalformedRequests(seed, contract, token);
        TableCounts tables = new TableCounts(dataSource, COUNTED_WHEN_REFUSED);

        List<String> failures = new ArrayList<>();
        Map<String, Long> millisPerKind = new java.util.TreeMap<>();
        Map<String, Long> millisPerOperation = new java.util.HashMap<>();
        Map<String, Long> counts = tables.counts();
        long nextTransaction = tables.nextTransactionId();
        long started = System.nanoTime();
        int sent = 0;
        for (int round = 0; round < perOperation; round++) {
            for (Op op : operations) {
                Request request = generator.next(op);
                long start = System.nanoTime();
                RawHttp.Answer answer = RawHttp.send(RestAssured.port, request.bytes());
                long millis = (System.nanoTime() - start) / 1_000_000;
                millisPerKind.merge(request.kind(), millis, Long::sum);
                millisPerOperation.merge(op.operationId(), millis, Long::sum);
                sent++;
                boolean knownLimit = HEADER_SYNTAX.equals(request.kind())
                        && (answer.status() == 400 || answer.status() == 0) && answer.body().isEmpty();
                String problem = knownLimit ? null : check(answer);
                long now = tables.nextTransactionId();
                if (now != nextTransaction) {
                    Map<String, Long> after = tables.counts();
                    if (answer.status() >= 400 && !after.equals(counts)) {
                        problem = (problem == null ? "" : problem + "; ") + "refused but rows changed: " + diff(counts, after);
                    }
                    counts = after;
                    nextTransaction = tables.nextTransactionId();
                }
                if (problem != null && failures.size() < 40) {
                    failures.add(op.label() + " → " + answer.status() + " " + problem + "\n    " + request.describe());
                }
            }
        }
        System.out.printf("Bad input: %d requests over %d operations in %d s, seed %d, milliseconds per kind %s, "
                + "slowest operations %s%n", sent, operations.size(), (System.nanoTime() - started) / 1_000_000_000L, seed,
                millisPerKind, millisPerOperation.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).toList());
        assertTrue(failures.isEmpty(), "seed " + seed + ", " + sent + " requests:\n" + String.join("\n", failures));
        assertTrue(sent >= requested, "only " + sent + " of " + requested + " requests");
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String check(RawHttp.Answer answer) {
        if (answer.status() == 0) {
            return "connection closed without an answer";
        }
        if (answer.status() >= 500) {
            return "server error: " + abbreviate(answer.body());
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not problem+json but " + type + ": " + abbreviate(answer.body());
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body.path("status").asInt() != answer.status() || body.path("title").asText().isBlank()
                    || body.path("type").asText().isBlank()) {
                return "incomplete problem: " + abbreviate(answer.body());
            }
        } catch (Exception e) {
            return "problem body is no JSON: " + abbreviate(answer.body());
        }
        return null;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                out.append(table).append(' ').append(before.get(table)).append("→").append(count).append(' ');
            }
        });
        return out.toString().trim();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
