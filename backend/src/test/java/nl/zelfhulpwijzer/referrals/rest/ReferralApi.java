package nl.zelfhulpwijzer.referrals.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** Requests and bodies the referral tests share. */
final class ReferralApi {

    static final String BASE = "/api/v1/referrals";

    private ReferralApi() {
    }

    static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    static String medewerkerOf(String institution) {
        return TestTokens.token("mw-" + institution, "Mila", institution, "medewerker");
    }

    static String epdOf(String institution) {
        return TestTokens.token("service-account-epd-" + institution, "epd", institution, "epd");
    }

    static Map<String, Object> body(String clientRef) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientRef", clientRef);
        body.put("organisationId", "aa-nederland");
        body.put("level", "VERWIJZING");
        body.put("treatmentPhase", "TREATMENT");
        body.put("route", "VIA_CONTACT_PERSON");
        body.put("inCarePlan", true);
        body.put("trialAgreed", true);
        body.put("followUpConsent", Map.of("topics", "Of de cliënt is geweest", "from", "CLIENT", "until", "2027-06-30"));
        body.put("adviceSnapshot", Map.of("catalogueVersion", 1, "verdict", "FITS_NOW", "reasons", List.of("Past bij alcohol"),
                "cautions", List.of()));
        body.put("note", "Eerste keer samen met de makelaar.");
        body.put("evaluationDates", List.of("2027-03-01"));
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post(BASE);
    }

    /** Creates a referral and returns its id. */
    static String created(String token, String clientRef) {
        return create(token, body(clientRef)).then().statusCode(201).extract().path("id");
    }
}
