package nl.zelfhulpwijzer.directory.places.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;

/** The place search against the real shipped table (V64, GeoNames), answers checked against the contract. */
@QuarkusTest
class PlaceResourceTest {

    private static RequestSpecification anonymous() {
        return given().filter(Contract.validated())
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)));
    }

    private static ValidatableResponse search(String q) {
        return anonymous().queryParam("q", q).get("/api/v1/places").then().statusCode(200);
    }

    @Test
    void findsTownsThatAPlainNameMatchMissed() {
        search("Zeist").body("[0].name", equalTo("Zeist")).body("[0].kind", equalTo("PLAATS"))
                .body("[0].country", equalTo("NL")).body("[0].province", equalTo("Utrecht"))
                .body("[0].latitude", closeTo(52.09, 0.05)).body("[0].longitude", closeTo(5.23, 0.05));
        search("Nieuwegein").body("[0].name", equalTo("Nieuwegein")).body("[0].municipality", equalTo("Nieuwegein"));
        search("Haarlemmermeer").body("[0].name", equalTo("Haarlemmermeer")).body("[0].province", equalTo("Noord-Holland"));
    }

    @Test
    void ignoresCaseAccentsAndHyphensAndKnowsOtherNames() {
        for (String q : new String[] {"'s-Hertogenbosch", "s hertogenbosch", "S-HERTOGENBOSCH", "Den Bosch"}) {
            search(q).body("[0].name", equalTo("'s-Hertogenbosch"));
        }
        search("liege").body("[0].name", equalTo("Liège")).body("[0].country", equalTo("BE"));
        search("Brussel").body("[0].name", equalTo("Brussel"));
        search("Den Haag").body("[0].name", equalTo("Den Haag"));
    }

    @Test
    void exactBeforePrefixBeforeSimilarAndThenTheLargerPlace() {
        search("Utrecht").body("[0].name", equalTo("Utrecht")).body("[0].kind", equalTo("PLAATS"));
        search("Bergen op").body("[0].name", equalTo("Bergen op Zoom"));
        search("Gent").body("[0].name", equalTo("Gent")).body("[0].country", equalTo("BE"));
        search("Amster").body("[0].name", equalTo("Amsterdam"));
    }

    @Test
    void toleratesTypos() {
        search("Nieuwgein").body("[0].name", equalTo("Nieuwegein"));
        search("Amsterdm").body("[0].name", equalTo("Amsterdam"));
    }

    @Test
    void resolvesPostcodesToTheirArea() {
        search("3511").body("[0].kind", equalTo("POSTCODE")).body("[0].postcode", equalTo("3511"))
                .body("[0].name", equalTo("Utrecht")).body("[0].label", startsWith("3511 Utrecht"))
                .body("[0].latitude", closeTo(52.09, 0.05));
        search("3511 AB").body("[0].name", equalTo("Utrecht")).body("country", everyItem(equalTo("NL")));
        search("1000 Brussel").body("[0].postcode", equalTo("1000")).body("[0].country", equalTo("BE"));
        anonymous().queryParam("q", "3511").queryParam("country", "BE").get("/api/v1/places")
                .then().statusCode(200).body("[0].postcode", equalTo("3511")).body("country", everyItem(equalTo("BE")));
    }

    @Test
    void theCountryAndLimitNarrowTheAnswer() {
        anonymous().queryParam("q", "Bergen").queryParam("country", "NL").queryParam("limit", 3).get("/api/v1/places")
                .then().statusCode(200).body("$", hasSize(3)).body("country", everyItem(equalTo("NL")));
        anonymous().queryParam("q", "3511 AB").queryParam("country", "BE").get("/api/v1/places")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void answersEmptyWhenNothingResembles() {
        search("Qxzwvbk").body("$", empty());
        search("0999").body("$", empty());
    }

    @Test
    void isCacheable() {
        String etag = search("Zeist").header("Cache-Control", startsWith("public")).extract().header("ETag");
        given().queryParam("q", "Zeist").header("If-None-Match", etag).get("/api/v1/places").then().statusCode(304);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        anonymous().get("/api/v1/places").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
        anonymous().queryParam("q", "Z").get("/api/v1/places").then().statusCode(400).body("errors.field", hasItem("q"));
        anonymous().queryParam("q", "x".repeat(101)).get("/api/v1/places").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        anonymous().queryParam("q", "Zeist").queryParam("country", "DE").queryParam("limit", "veel")
                .get("/api/v1/places").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Ongeldige invoer")).body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("limit"));
        anonymous().queryParam("q", "Zeist").queryParam("limit", 51).get("/api/v1/places").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }
}
