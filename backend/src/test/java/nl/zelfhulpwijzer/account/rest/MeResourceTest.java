package nl.zelfhulpwijzer.account.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void anonymousCallerGets401Problem() {
        given().filter(Contract.validated()).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://zelfhulpwijzer.nl/problems/unauthorized"))
                .body("title", equalTo("Niet ingelogd"));
    }

    @Test
    void signedTokenGivesNameRolesAndInstitution() {
        given().filter(Contract.validated()).header("Authorization", "Bearer " + TestTokens.medewerker()).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("medewerker"))
                .body("name", equalTo("Mila Medewerker"))
                .body("roles", contains("medewerker"))
                .body("instelling", equalTo("demo-instelling"))
                .body("institutionName", equalTo("Voorbeeldinstelling Verslavingszorg"));
    }

    @Test
    void unknownInstitutionCodeHasNoName() {
        String token = TestTokens.token("nieuw", "Nina Nieuw", "nog-niet-bekend", "medewerker");
        given().filter(Contract.validated()).auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("instelling", equalTo("nog-niet-bekend"))
                .body("institutionName", nullValue());
    }

    @Test
    void machineClientIsRecognisedByItsRole() {
        given().auth().oauth2(TestTokens.epd()).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("epd"));
    }

    @Test
    void tokensFromAnotherIssuerOrExpiredOrGarbageAreRefused() {
        for (String token : new String[] { TestTokens.fromWrongIssuer(), TestTokens.expired(), "not-a-jwt" }) {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }
}
