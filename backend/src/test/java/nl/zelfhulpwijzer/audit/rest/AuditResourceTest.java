package nl.zelfhulpwijzer.audit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.FeedSettled;
import nl.zelfhulpwijzer.support.TestTokens;

/** Audit completeness per referral endpoint, the beheerder's history and export, append-only rows, the verifier. */
@QuarkusTest
class AuditResourceTest {

    private static final String REFERRALS = "/api/v1/referrals";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> referral(String clientRef) {
        return Map.of("clientRef", clientRef, "organisationId", "aa-nederland", "level", "VOORLICHTING", "treatmentPhase", "INTAKE",
                "route", "DIRECT");
    }

    private static List<String> actions(Response history) {
        return history.path("events.collect { it.action + ' ' + it.resourceType }");
    }

    @Test
    void everyReferralEndpointLeavesExactlyTheExpectedEventsAndReadingTheLogIsLoggedToo() {
        String institution = "inst-audit";
        String medewerker = TestTokens.token("mw-audit", "Mila", institution, "medewerker");
        String epd = TestTokens.token("service-account-epd-audit", "epd", institution, "epd");
        String beheerder = TestTokens.token("bh-audit", "Bea", institution, "beheerder");
        String client = "epd-audit-1";

        String id = as(medewerker).contentType(ContentType.JSON).body(referral(client)).post(REFERRALS).then().statusCode(201)
                .extract().path("id");
        as(epd).header("X-On-Behalf-Of", "epd-user-42").header("X-Request-Id", "req-audit-1").get(REFERRALS + "/" + id)
                .then().statusCode(200);
        as(medewerker).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(REFERRALS + "/" + id + "/transitions").then().statusCode(200);
        as(medewerker).header("If-Match", "\"v1\"").contentType(ContentType.JSON).body(Map.of("firstMeeting", "NOT_YET"))
                .put(REFERRALS + "/" + id + "/outcome").then().statusCode(200);
        as(epd).queryParam("clientRef", client).get(REFERRALS).then().statusCode(200);
        FeedSettled.await(institution);
        as(epd).get(REFERRALS).then().statusCode(200);
        as(medewerker).get(REFERRALS + "/worklist").then().statusCode(200);
        // Refused and other institutions' requests leave no event about this client.
        as(medewerker).header("If-Match", "\"v0\"").contentType(ContentType.JSON).body(Map.of("status", "ACCEPTED"))
                .post(REFERRALS + "/" + id + "/transitions").then().statusCode(412);
        as(TestTokens.token("mw-other", "Olaf", "inst-audit-other", "medewerker")).get(REFERRALS + "/" + id).then().statusCode(404);

        Response history = as(beheerder).get("/api/v1/audit/clients/" + client + "/events");
        history.then().statusCode(200).body("events[0].userId", equalTo("mw-audit"))
                .body("events[1].onBehalfOf", equalTo("epd-user-42")).body("events[1].correlationId", equalTo("req-audit-1"))
                .body("events[1].userRole", equalTo("epd")).body("events[1].purpose", equalTo("CARE"));
        assertEquals(List.of("CREATE Referral", "READ Referral", "UPDATE Referral", "UPDATE Referral", "READ Referral",
                "READ Referral", "READ Referral"), actions(history));

        Response again = as(beheerder).queryParam("from", "2000-01-01T00:00:00Z").get("/api/v1/audit/clients/" + client + "/events");
        assertEquals("READ AuditLog", actions(again).get(7));
        as(beheerder).queryParam("to", "2000-01-01T00:00:00Z").get("/api/v1/audit/clients/" + client + "/events").then()
                .body("events.size()", equalTo(0));
        as(beheerder).queryParam("from", "gisteren").get("/api/v1/audit/clients/" + client + "/events").then().statusCode(400);
        // Another institution's beheerder sees nothing of this client.
        as(TestTokens.token("bh-other", "Bob", "inst-audit-other", "beheerder")).get("/api/v1/audit/clients/" + client + "/events")
                .then().statusCode(200).body("events.size()", equalTo(0));
    }

    @Test
    void theHistoryExportsAsCsvAndJsonAndTheExportIsLogged() {
        String institution = "inst-export";
        String medewerker = TestTokens.token("mw-export", "Mila", institution, "medewerker");
        String beheerder = TestTokens.token("bh-export", "Bea", institution, "beheerder");
        as(medewerker).contentType(ContentType.JSON).body(referral("epd-export-1")).post(REFERRALS).then().statusCode(201);

        Response csv = as(beheerder).queryParam("format", "csv").get("/api/v1/audit/clients/epd-export-1/export");
        csv.then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString("toegang-epd-export-1.csv"));
        String[] lines = csv.asString().split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("seq,occurredAt,action"));
        assertTrue(lines[1].contains(",CREATE,SUCCESS,mw-export,medewerker,"), lines[1]);

        as(beheerder).queryParam("format", "json").get("/api/v1/audit/clients/epd-export-1/export").then().statusCode(200)
                .body("events.action", equalTo(List.of("CREATE", "EXPORT")));
        as(beheerder).queryParam("format", "pdf").get("/api/v1/audit/clients/epd-export-1/export").then().statusCode(400);
    }

    @Transactional
    void asApplicationRole(String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    @Test
    void theApplicationsRoleCannotChangeOrRemoveAuditEvents() {
        String medewerker = TestTokens.token("mw-append", "Mila", "inst-append", "medewerker");
        as(medewerker).contentType(ContentType.JSON).body(referral("epd-append-1")).post(REFERRALS).then().statusCode(201);
        for (String sql : List.of("update audit_event set user_id = 'iemand' where client_ref = 'epd-append-1'",
                "delete from audit_event where client_ref = 'epd-append-1'", "truncate audit_event")) {
            Exception refused = assertThrows(Exception.class, () -> asApplicationRole(sql), sql);
            assertTrue(causes(refused).contains("permission denied") || causes(refused).contains("append-only"), causes(refused));
        }
    }

    @Test
    void aTamperedEventIsNamedByTheVerifier() throws SQLException {
        String beheerder = TestTokens.token("bh-verify", "Bea", "inst-verify", "beheerder");
        String medewerker = TestTokens.token("mw-verify", "Mila", "inst-verify", "medewerker");
        as(medewerker).contentType(ContentType.JSON).body(referral("epd-verify-1")).post(REFERRALS).then().statusCode(201);
        as(beheerder).post("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        // Only a superuser can get past the trigger: the attacker this chain is for.
        try (Connection superuser = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement sql = superuser.createStatement()) {
            sql.execute("set session_replication_role = replica");
            var rs = sql.executeQuery("select seq from audit_event where client_ref = 'epd-verify-1'");
            rs.next();
            long seq = rs.getLong(1);
            sql.execute("update audit_event set user_id = 'iemand-anders' where seq = " + seq);
            try {
                as(beheerder).post("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(false))
                        .body("firstBrokenLink", startsWith("Gebeurtenis " + seq + " is na het vastleggen gewijzigd"));
            } finally {
                sql.execute("update audit_event set user_id = 'mw-verify' where seq = " + seq);
            }
        }
        as(beheerder).post("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
