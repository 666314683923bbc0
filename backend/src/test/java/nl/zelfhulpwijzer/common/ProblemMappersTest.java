package nl.zelfhulpwijzer.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Framework-level failures are problem+json too, with Dutch titles and no stack traces. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void unknownApiPathIs404Problem() {
        given().get("/api/v1/bestaat-niet").then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Niet gevonden"));
    }

    @Test
    void wrongMethodIs405ProblemWithAllowHeader() {
        given().contentType("application/json").body("{}").post("/api/v1/organisations/aa-nederland").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://zelfhulpwijzer.nl/problems/method-not-allowed"));
    }

    @Test
    void nonNumericPageIsA400NotA404() {
        given().get("/api/v1/organisations?page=een").then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }
}
