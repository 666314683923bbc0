package nl.zelfhulpwijzer.referrals.rest;

import static io.restassured.RestAssured.given;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.BASE;
import static nl.zelfhulpwijzer.referrals.rest.ReferralApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Tokens the backend must not accept on referral and audit endpoints: expired, signed with a key it does not trust,
 * from another issuer, or meant for another service (audience). Each would otherwise carry a role that is allowed.
 */
@QuarkusTest
class RefusedTokensTest {

    private static final String INSTITUTION = "inst-tokens";

    @Inject
    EntityManager em;

    static Map<String, String> tokens() {
        return Map.of(
                "expired", TestTokens.expired(),
                "wrongly signed", TestTokens.wronglySigned(INSTITUTION, "medewerker"),
                "other issuer", TestTokens.fromWrongIssuer(),
                "other audience", TestTokens.forOtherAudience(INSTITUTION, "medewerker"));
    }

    static Map<String, String> beheerderTokens() {
        return Map.of(
                "wrongly signed", TestTokens.wronglySigned(INSTITUTION, "beheerder"),
                "other audience", TestTokens.forOtherAudience(INSTITUTION, "beheerder"));
    }

    static java.util.stream.Stream<String> kinds() {
        return tokens().keySet().stream().sorted();
    }

    static java.util.stream.Stream<String> beheerderKinds() {
        return beheerderTokens().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void referralEndpointsAnswer401AndStoreNothing(String kind) {
        String token = tokens().get(kind);
        long before = referrals();
        refused(given().filter(Contract.validated()).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(body("epd-tokens-1")).post(BASE));
        refused(given().filter(Contract.validated()).header("Authorization", "Bearer " + token).get(BASE));
        refused(given().filter(Contract.validated()).header("Authorization", "Bearer " + token).get(BASE + "/worklist"));
        assertEquals(before, referrals(), kind);
    }

    @ParameterizedTest
    @MethodSource("beheerderKinds")
    void auditEndpointsAnswer401(String kind) {
        String token = beheerderTokens().get(kind);
        refused(given().filter(Contract.validated()).header("Authorization", "Bearer " + token)
                .get("/api/v1/audit/clients/epd-tokens-1/events"));
        refused(given().filter(Contract.validated()).header("Authorization", "Bearer " + token).post("/api/v1/audit/verify"));
    }

    private static void refused(Response response) {
        response.then().statusCode(401).contentType("application/problem+json");
    }

    private long referrals() {
        return ((Number) em.createNativeQuery("select count(*) from referral").getSingleResult()).longValue();
    }
}
