package nl.zelfhulpwijzer.referrals.rest;

import static io.restassured.RestAssured.given;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.BASE;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.body;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.created;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Who may call which referral, check-in, webhook and audit endpoint: every operation × every kind of caller, the
 * expected answers in one table. "200 empty" means allowed but nothing of this institution is visible; another
 * institution's single items are 404, never 403. Each cell gets its own fresh referral, so cells cannot influence
 * each other. (The contract-wide role matrix over all operations is in the quality tests.)
 */
@QuarkusTest
class ReferralAccessMatrixTest {

    private static final String HOME = "inst-matrix";
    private static final String OTHER = "inst-matrix-other";
    private static final String MEDEWERKER = TestTokens.token("mw-matrix", "Mila", HOME, "medewerker");

    /** The callers, in the order of the table's columns. */
    private static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("medewerker", MEDEWERKER);
        CALLERS.put("coordinator", TestTokens.token("co-matrix", "Cor", HOME, "coordinator"));
        CALLERS.put("beheerder", TestTokens.token("be-matrix", "Bea", HOME, "beheerder"));
        CALLERS.put("epd", TestTokens.token("service-account-epd-matrix", "epd", HOME, "epd"));
        CALLERS.put("other medewerker", TestTokens.token("mw-matrix-other", "Mo", OTHER, "medewerker"));
        CALLERS.put("other beheerder", TestTokens.token("be-matrix-other", "Bo", OTHER, "beheerder"));
        CALLERS.put("other epd", TestTokens.token("service-account-epd-matrix-other", "epd", OTHER, "epd"));
    }

    /** One operation: how to call it for a fresh referral of HOME, and where its list of visible items is. */
    /** The fresh referral of HOME a cell works on, the moment just before it was made, and HOME's subscription. */
    private record Subject(String id, String clientRef, Instant since, String subscription) {
    }

    /** For a list: whether the answer shows HOME's subject (a list that does not is "200 empty"). */
    private record Operation(String name, BiPredicate<Response, Subject> showsHome, BiFunction<RequestSpecification, Subject, Response> call,
            String... expected) {
    }

    private static final String E = "200 empty";

    private static List<Operation> operations() {
        return List.of(
                // operation                                   anon   mw     coord  beh    epd    o-mw   o-beh  o-epd
                op("POST /referrals", null, (r, s) -> json(r).body(body("epd-matrix-new")).post(BASE),
                        "401", "201", "403", "403", "201", "201", "403", "201"),
                op("GET /referrals/{id}", null, (r, s) -> r.get(BASE + "/" + s.id()),
                        "401", "200", "200", "200", "200", "404", "404", "404"),
                op("GET /referrals?clientRef", lists("items.id"), (r, s) -> r.queryParam("clientRef", s.clientRef()).get(BASE),
                        "401", "200", "200", "200", "200", E, E, E),
                op("GET /referrals (feed)", lists("items.id"), (r, s) -> r.queryParam("modified_after", s.since().toString()).get(BASE),
                        "401", "200", "200", "200", "200", E, E, E),
                op("GET /referrals/worklist", lists("items.referral.id"), (r, s) -> r.get(BASE + "/worklist"),
                        "401", "200", "200", "200", "403", E, E, "403"),
                op("POST /referrals/{id}/transitions", null, (r, s) -> json(r).header("If-Match", "\"v0\"")
                        .body(Map.of("status", "ACCEPTED")).post(BASE + "/" + s.id() + "/transitions"),
                        "401", "200", "403", "403", "200", "404", "403", "404"),
                op("PUT /referrals/{id}/outcome", null, (r, s) -> json(r).header("If-Match", "\"v0\"")
                        .body(Map.of("firstMeeting", "NOT_YET")).put(BASE + "/" + s.id() + "/outcome"),
                        "401", "200", "403", "403", "200", "404", "403", "404"),
                op("POST /referrals/{id}/check-in-link", null, (r, s) -> r.post(BASE + "/" + s.id() + "/check-in-link"),
                        "401", "201", "403", "403", "201", "404", "403", "404"),
                op("GET /check-in/{token}", null, (r, s) -> r.get("/api/v1/check-in/" + checkinToken(s.id())),
                        "200", "200", "200", "200", "200", "200", "200", "200"),
                op("POST /check-in/{token}", null, (r, s) -> json(r).body(Map.of("answer", "BEEN"))
                        .post("/api/v1/check-in/" + checkinToken(s.id())),
                        "204", "204", "204", "204", "204", "204", "204", "204"),
                op("GET /webhooks/subscriptions", (response, s) -> response.jsonPath().getList("items.id").contains(s.subscription()), (r, s) -> r.get("/api/v1/webhooks/subscriptions"),
                        "401", "403", "403", "200", "403", "403", E, "403"),
                op("POST /webhooks/subscriptions", null, (r, s) -> json(r)
                        .body(Map.of("clientId", "epd-matrix", "endpointUrl", "https://epd.example.nl/meldingen"))
                        .post("/api/v1/webhooks/subscriptions"),
                        "401", "403", "403", "201", "403", "403", "201", "403"),
                op("DELETE /webhooks/subscriptions/{id}", null, (r, s) -> r.delete("/api/v1/webhooks/subscriptions/" + subscription()),
                        "401", "403", "403", "204", "403", "403", "404", "403"),
                op("GET /webhooks/deliveries", lists("items.referralId"), (r, s) -> r.get("/api/v1/webhooks/deliveries"),
                        "401", "403", "403", "200", "403", "403", E, "403"),
                op("POST /webhooks/deliveries/{id}/redeliver", null, (r, s) ->
                        r.post("/api/v1/webhooks/deliveries/" + delivery() + "/redeliver"),
                        "401", "403", "403", "200", "403", "403", "404", "403"),
                op("GET /audit/clients/{ref}/events", lists("events.resourceId"), (r, s) -> r.get("/api/v1/audit/clients/" + s.clientRef() + "/events"),
                        "401", "403", "403", "200", "403", "403", E, "403"),
                op("GET /audit/clients/{ref}/export", null, (r, s) -> r.queryParam("format", "json")
                        .get("/api/v1/audit/clients/" + s.clientRef() + "/export"),
                        "401", "403", "403", "200", "403", "403", "200", "403"),
                op("POST /audit/verify", null, (r, s) -> r.post("/api/v1/audit/verify"),
                        "401", "403", "403", "200", "403", "403", "200", "403"));
    }

    @Test
    void everyCallerGetsTheAnswerTheTableSays() {
        String subscription = subscription();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Operation operation : operations()) {
            int column = 0;
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                String expected = operation.expected()[column++];
                String clientRef = "epd-matrix-" + cells;
                Instant since = Instant.now().minusSeconds(1);
                Subject subject = new Subject(created(MEDEWERKER, clientRef), clientRef, since, subscription);
                RequestSpecification request = given().filter(Contract.validated());
                if (caller.getValue() != null) {
                    request.header("Authorization", "Bearer " + caller.getValue());
                }
                Response response = operation.call().apply(request, subject);
                String actual = String.valueOf(response.statusCode());
                if (actual.equals("200") && operation.showsHome() != null) {
                    boolean shows = operation.showsHome().test(response, subject);
                    actual = expected.equals(E) ? (shows ? "200 showing the other institution's data" : E)
                            : (shows ? "200" : "200 without its own data");
                }
                if (response.statusCode() >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    actual += " without problem+json";
                }
                cells++;
                if (!actual.equals(expected)) {
                    wrong.add(operation.name() + " as " + caller.getKey() + ": " + actual + ", expected " + expected);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(operations().size() * CALLERS.size(), cells);
    }

    private static Operation op(String name, BiPredicate<Response, Subject> showsHome,
            BiFunction<RequestSpecification, Subject, Response> call, String... expected) {
        assertEquals(CALLERS.size(), expected.length, name);
        return new Operation(name, showsHome, call, expected);
    }

    private static BiPredicate<Response, Subject> lists(String idsPath) {
        return (response, subject) -> response.jsonPath().getList(idsPath).contains(subject.id());
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }

    private static String checkinToken(String id) {
        return ReferralApi.as(MEDEWERKER).post(BASE + "/" + id + "/check-in-link").then().statusCode(201).extract().path("token");
    }

    private static String beheerder() {
        return CALLERS.get("beheerder");
    }

    private static String subscription() {
        return ReferralApi.as(beheerder()).contentType(ContentType.JSON)
                .body(Map.of("clientId", "epd-matrix-del", "endpointUrl", "https://epd.example.nl/weg"))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("id");
    }

    /** A notification of HOME (its subscription makes one for every referral change). */
    private static String delivery() {
        return ReferralApi.as(beheerder()).get("/api/v1/webhooks/deliveries").then().statusCode(200).extract().path("items[0].id");
    }
}
