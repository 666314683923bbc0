package nl.zelfhulpwijzer.directory.places.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;

/** The public meeting search from a typed place or postcode (near=), resolved through the place table. */
@QuarkusTest
class MeetingsNearPlaceTest extends FixturesOnWednesdayNoon {

    private static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    private static List<String> fixtureSlugs(String query) {
        List<String> slugs = api().get("/api/v1/meetings?size=100&" + query).then().statusCode(200).extract().path("items.slug");
        return slugs.stream().filter(slug -> slug.startsWith("test-")).toList();
    }

    @Test
    void aPlaceNameSortsByDistanceFromThatPlace() {
        assertEquals(List.of("test-aa-utrecht-wo", "test-aa-utrecht-za", "test-al-anon-amersfoort-2ma"),
                fixtureSlugs("near=Zeist&radius_km=20"), "from Zeist: Utrecht (about 8 km) before Amersfoort (about 13 km)");
        assertEquals(List.of("test-al-anon-amersfoort-2ma"), fixtureSlugs("near=Amersfoort&radius_km=5"));
    }

    @Test
    void aPostcodeAndTheCountryWork() {
        assertEquals(List.of("test-al-anon-amersfoort-2ma"), fixtureSlugs("near=3811%20CD&radius_km=5"));
        assertEquals("test-na-gent-do", fixtureSlugs("near=Gent&country=BE&radius_km=10").get(0));
    }

    @Test
    void anUnknownPlaceOrTwoPointsAreAProblem() {
        api().get("/api/v1/meetings?near=Qxzwvbk").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("near"));
        api().get("/api/v1/meetings?near=Zeist&lat=52&lon=5").then().statusCode(400).body("errors.field", hasItem("near"));
        api().get("/api/v1/meetings?radius_km=5").then().statusCode(400).body("errors.field", hasItem("radius_km"));
    }
}
