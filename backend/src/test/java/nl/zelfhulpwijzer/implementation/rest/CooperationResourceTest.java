package nl.zelfhulpwijzer.implementation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** Convenant, contact persons and facilities: roles, tenant isolation, validation, stale writes. */
@QuarkusTest
class CooperationResourceTest {

    private static final String BASE = "/api/v1/implementation";

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private static String coordinatorOf(String institution) {
        return TestTokens.token("cor-" + institution, "Cor", institution, "coordinator");
    }

    private static Map<String, Object> convenant(String status, String signedOn) {
        return Map.of("status", status, "parties", List.of("AA Nederland", "Al-Anon Familiegroepen Nederland"),
                "principles", "Wederzijds respect voor elkaars werkwijze.", "agreements", "Twee keer per jaar overleg.",
                "signedOn", signedOn, "evaluationDate", "2027-03-01");
    }

    @Test
    void convenantIsPerInstitutionWithRolesAndStaleWriteProtection() {
        String institution = "instelling-convenant";
        String coordinator = coordinatorOf(institution);
        String medewerker = TestTokens.token("mw-conv", "Mila", institution, "medewerker");
        given().filter(Contract.validated()).get(BASE + "/convenant").then().statusCode(401);
        as(medewerker).get(BASE + "/convenant").then().statusCode(204).body(emptyString());
        as(medewerker).contentType(ContentType.JSON).body(convenant("DRAFT", "")).put(BASE + "/convenant").then().statusCode(403);

        Response saved = as(coordinator).contentType(ContentType.JSON).body(convenant("DRAFT", "")).put(BASE + "/convenant");
        saved.then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("parties", hasItems("AA Nederland", "Al-Anon Familiegroepen Nederland"))
                .body("source.document", equalTo("002_e30f9ceb731b810b.txt"));
        String etag = saved.getHeader("ETag");
        as(medewerker).get(BASE + "/convenant").then().statusCode(200).body("agreements", equalTo("Twee keer per jaar overleg."));

        as(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(convenant("SIGNED", "2026-02-01"))
                .put(BASE + "/convenant").then().statusCode(200).body("status", equalTo("SIGNED"));
        as(coordinator).header("If-Match", etag).contentType(ContentType.JSON).body(convenant("DRAFT", ""))
                .put(BASE + "/convenant").then().statusCode(412);

        // Another institution's convenant stays invisible: for them there is none.
        as(TestTokens.token("ander-conv", "Ander", TestTokens.OTHER_INSTITUTION, "medewerker")).get(BASE + "/convenant")
                .then().statusCode(204);
    }

    @Test
    void invalidConvenantsAreRefused() {
        String coordinator = coordinatorOf("instelling-convenant-fout");
        as(coordinator).contentType(ContentType.JSON).body(Map.of("status", "SIGNED", "parties", List.of(), "signedOn", "gisteren"))
                .put(BASE + "/convenant").then().statusCode(400).body("errors.field", hasItem("parties"));
        as(coordinator).contentType(ContentType.JSON).body(Map.of("status", "GETEKEND", "parties", List.of("AA"), "signedOn", "gisteren"))
                .put(BASE + "/convenant").then().statusCode(400).body("errors.field", hasItems("status", "signedOn"));
        as(coordinator).contentType(ContentType.JSON).body(Map.of("status", "SIGNED", "parties", List.of("AA")))
                .put(BASE + "/convenant").then().statusCode(400).body("errors.field", hasItem("signedOn"));
        as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("status", "SIGNED", "parties", List.of("AA"), "signedOn", "2026-05-01", "evaluationDate", "2026-01-01"))
                .put(BASE + "/convenant").then().statusCode(400).body("errors.field", hasItem("evaluationDate"));
        as(coordinator).get(BASE + "/convenant").then().statusCode(204);
    }

    @Test
    void contactPersonsStayWithinTheirInstitution() {
        String institution = "instelling-contacten";
        String coordinator = coordinatorOf(institution);
        Map<String, Object> contact = Map.of("role", "AANDACHTSFUNCTIONARIS", "name", "Anna de Vries",
                "function", "Verpleegkundige", "email", "a.devries@example.org");
        given().filter(Contract.validated()).contentType(ContentType.JSON).body(contact).post(BASE + "/contacts").then().statusCode(401);
        as(TestTokens.token("mw-c", "Mila", institution, "medewerker")).contentType(ContentType.JSON).body(contact)
                .post(BASE + "/contacts").then().statusCode(403);
        int id = as(coordinator).contentType(ContentType.JSON).body(contact).post(BASE + "/contacts").then().statusCode(201)
                .body("role", equalTo("AANDACHTSFUNCTIONARIS")).extract().path("id");
        as(TestTokens.token("bea-c", "Bea", institution, "beheerder")).contentType(ContentType.JSON)
                .body(Map.of("role", "STEUNPUNT", "name", "Steunpunt Zelfhulp", "organisation", "Zelfhulp Netwerk"))
                .post(BASE + "/contacts").then().statusCode(201);
        as(TestTokens.token("mw-c", "Mila", institution, "medewerker")).get(BASE + "/contacts").then().statusCode(200)
                .body("items.name", hasItems("Anna de Vries", "Steunpunt Zelfhulp"));

        String other = coordinatorOf(TestTokens.OTHER_INSTITUTION);
        as(other).get(BASE + "/contacts").then().statusCode(200).body("items.name", not(hasItem("Anna de Vries")));
        as(other).contentType(ContentType.JSON).body(contact).put(BASE + "/contacts/" + id).then().statusCode(404);
        as(other).delete(BASE + "/contacts/" + id).then().statusCode(404);

        as(coordinator).contentType(ContentType.JSON).body(Map.of("role", "BAAS", "name", "", "email", "geen-mail"))
                .post(BASE + "/contacts").then().statusCode(400).body("errors.field", hasItems("name", "email"));
        as(coordinator).contentType(ContentType.JSON).body(Map.of("role", "BAAS", "name", "Piet"))
                .post(BASE + "/contacts").then().statusCode(400).body("errors.field", hasItem("role"));

        as(coordinator).contentType(ContentType.JSON).body(Map.of("role", "LIJNVERANTWOORDELIJKE", "name", "Anna de Vries"))
                .put(BASE + "/contacts/" + id).then().statusCode(200).body("role", equalTo("LIJNVERANTWOORDELIJKE"));
        as(coordinator).delete(BASE + "/contacts/" + id).then().statusCode(204);
        as(coordinator).get(BASE + "/contacts").then().body("items.name", not(hasItem("Anna de Vries")));
    }

    @Test
    void facilitiesStayWithinTheirInstitution() {
        String institution = "instelling-stands";
        String coordinator = coordinatorOf(institution);
        Map<String, Object> stand = Map.of("kind", "MATERIAL_STAND", "location", "Wachtruimte polikliniek",
                "responsible", "Secretariaat", "lastChecked", "2026-01-15");
        as(TestTokens.token("mw-f", "Mila", institution, "medewerker")).contentType(ContentType.JSON).body(stand)
                .post(BASE + "/facilities").then().statusCode(403);
        int id = as(coordinator).contentType(ContentType.JSON).body(stand).post(BASE + "/facilities").then().statusCode(201)
                .body("lastChecked", equalTo("2026-01-15")).extract().path("id");
        as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEETING_ROOM", "location", "Zaal 2", "responsible", "AA-groep", "schedule", "dinsdag 20.00 uur"))
                .post(BASE + "/facilities").then().statusCode(201);
        as(TestTokens.token("mw-f", "Mila", institution, "medewerker")).get(BASE + "/facilities").then().statusCode(200)
                .body("items.kind", hasItems("MATERIAL_STAND", "MEETING_ROOM"));
        as(coordinatorOf(TestTokens.OTHER_INSTITUTION)).delete(BASE + "/facilities/" + id).then().statusCode(404);
        as(coordinator).contentType(ContentType.JSON).body(Map.of("kind", "KAST", "location", "", "lastChecked", "ooit"))
                .post(BASE + "/facilities").then().statusCode(400).body("errors.field", hasItem("location"));
        as(coordinator).contentType(ContentType.JSON).body(Map.of("kind", "KAST", "location", "Hal", "lastChecked", "ooit"))
                .post(BASE + "/facilities").then().statusCode(400).body("errors.field", hasItems("kind", "lastChecked"));
        as(coordinator).delete(BASE + "/facilities/" + id).then().statusCode(204);
    }
}
