package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;

/** The finder's map: every hit of the meeting search, one point per group and address. */
@QuarkusTest
class MeetingMapResourceTest extends FixturesOnWednesdayNoon {

    private static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    private static List<Map<String, Object>> fixturePoints(String query) {
        List<Map<String, Object>> points = api().get("/api/v1/meeting-map?" + query).then().statusCode(200)
                .body("truncated", equalTo(false)).extract().path("points");
        return points.stream().filter(p -> p.get("group").toString().startsWith("test-")).toList();
    }

    private static List<String> groups(String query) {
        return fixturePoints(query).stream().map(p -> p.get("group").toString()).toList();
    }

    @Test
    void oneGroupAtOneAddressIsOnePointWithItsMeetings() {
        List<Map<String, Object>> points = fixturePoints("place=utrecht");
        assertEquals(List.of("test-aa-utrecht", "test-al-anon-amersfoort"), points.stream().map(p -> p.get("group")).toList());
        Map<String, Object> aa = points.get(0);
        assertEquals("AA Utrecht De Bron", aa.get("name"));
        assertEquals(2, aa.get("meetings"), "Wednesday and Saturday, both at the Lindelaan");
        assertEquals(52.0907, ((Number) aa.get("lat")).doubleValue(), 1e-4);
        assertEquals(5.1214, ((Number) aa.get("lon")).doubleValue(), 1e-4);
    }

    @Test
    void theMapHonoursTheListsFiltersAndLeavesOutPlacesWithoutAddress() {
        assertEquals(List.of("test-aa-utrecht"), groups("place=utrecht&day=3"));
        assertEquals(List.of("test-na-gent"), groups("country=BE"), "Antwerpen is known only by its town");
        assertEquals(List.of(), groups("behaviour=GAMBLING"), "the gambling group meets online only");
        assertEquals(List.of("test-aa-utrecht"), groups("q=bron"));
        assertEquals(List.of("test-aa-utrecht", "test-al-anon-amersfoort"), groups("lat=52.09&lon=5.12&radius_km=50"));
    }

    @Test
    void theMapCountsEveryGroupOfTheListAlsoThoseWithoutAPoint() {
        int listed = api().get("/api/v1/meeting-groups?size=1").then().statusCode(200).extract().path("totalItems");
        api().get("/api/v1/meeting-map").then().statusCode(200).body("groups", equalTo(listed));
        int gambling = api().get("/api/v1/meeting-groups?size=1&behaviour=GAMBLING").then().extract().path("totalItems");
        api().get("/api/v1/meeting-map?behaviour=GAMBLING").then().body("groups", equalTo(gambling));
        assertTrue(gambling >= 1, "the online gambling group counts, though it has no point");
    }

    @Test
    void wrongFilterIsAProblemNotAnError() {
        api().get("/api/v1/meeting-map?day=9").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
