package nl.zelfhulpwijzer.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The API's security headers: on answers and on refusals, for the JSON API, HSDS and FHIR. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/organisations", "/api/v1/organisations/999999", "/api/v1/me", "/hsds/services",
        "/fhir/metadata" })
    void everyAnswerCarriesThePolicy(String path) {
        given().get(path).then()
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void httpLayerRefusalsCarryThePolicyToo() {
        given().queryParam("q", "a".repeat(9_000)).get("/api/v1/organisations").then()
                .statusCode(414)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void hstsOnlyInProduction() throws IOException {
        given().get("/api/v1/organisations").then().header("Strict-Transport-Security", nullValue());
        String config = Files.readString(Path.of("src/main/resources/application.properties"));
        assertTrue(config.contains("%prod.quarkus.http.header.\"Strict-Transport-Security\".value=max-age=31536000"),
                "production configuration sets HSTS for a year");
    }
}
