package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static java.util.stream.Collectors.joining;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestClock;

/** The public meeting search on known fixtures, with the clock fixed on Wednesday 12:00 (Amsterdam). */
@QuarkusTest
class MeetingSearchResourceTest extends FixturesOnWednesdayNoon {

    private static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    private static List<String> slugs(String query) {
        return api().get("/api/v1/meetings?size=100&" + query).then().statusCode(200).extract().path("items.slug");
    }

    private static List<String> fixtureOrder(List<String> slugs) {
        return slugs.stream().filter(s -> s.startsWith("test-")).toList();
    }

    @Test
    void nextMeetingFirstFromNowWrappingRoundTheWeek() {
        List<String> order = fixtureOrder(slugs("organisation="));
        assertEquals(List.of("test-agog-online-wo-1230", "test-aa-utrecht-wo", "test-na-gent-do", "test-aa-utrecht-za",
                "test-agog-online-wo-1130", "test-al-anon-amersfoort-2ma", "test-sos-antwerpen-di"), order,
                "12:30 today, 19:30 today, Thu, Sat, next Wednesday 11:30, 2nd Monday of February; temporarily closed last");
    }

    @Test
    void nextStartAndInProgressFollowTheClock() {
        api().get("/api/v1/meetings/test-al-anon-amersfoort-2ma").then().statusCode(200)
                .body("byDay", equalTo("2MO"))
                .body("nextStart", equalTo("2026-02-09T20:00:00+01:00"))
                .body("attendance", equalTo("IN_PERSON"));
        TestClock.fix(DirectoryFixtures.WEDNESDAY_NOON.plusSeconds(45 * 60)); // 12:45
        api().get("/api/v1/meetings/test-agog-online-wo-1230").then().statusCode(200)
                .body("inProgress", equalTo(true))
                .body("attendance", equalTo("ONLINE"));
    }

    @Test
    void searchItemsEqualTheMeetingsOwnAnswer() {
        // the search reads its page with plain JDBC (MeetingPageRows), the meeting page through the entities
        List<Map<String, Object>> fixtures = new java.util.ArrayList<>();
        for (String q : List.of("utrecht", "gent", "gokken", "amersfoort")) {
            List<Map<String, Object>> items = api().get("/api/v1/meetings?size=100&q=" + q).then().statusCode(200)
                    .extract().path("items");
            items.stream().filter(i -> i.get("slug").toString().startsWith("test-")).forEach(fixtures::add);
        }
        assertTrue(fixtures.size() >= 6, "fixtures found: " + fixtures.size());
        for (Map<String, Object> item : fixtures) {
            Map<String, Object> own = api().get("/api/v1/meetings/" + item.get("slug")).then().statusCode(200)
                    .extract().path("");
            assertEquals(own, item, "meeting " + item.get("slug"));
        }
    }

    @Test
    void attendanceIsDerivedAsTheMeetingGuideDoes() {
        api().get("/api/v1/meetings/test-aa-utrecht-za").then().statusCode(200).body("attendance", equalTo("HYBRID"));
        api().get("/api/v1/meetings/test-sos-antwerpen-di").then().statusCode(200).body("attendance", equalTo("INACTIVE"))
                .body("location.approximate", equalTo(true));
    }

    @Test
    void textSearchIsDutchAndToleratesTyposAndAccents() {
        assertEquals("test-aa-utrecht-wo", fixtureOrder(slugs("q=alkoholisten utrecht")).get(0), "typo in alcoholisten");
        assertTrue(fixtureOrder(slugs("q=Anonieme Alcoholisten")).containsAll(List.of("test-aa-utrecht-wo", "test-aa-utrecht-za")));
        assertEquals(List.of("test-na-gent-do"), fixtureOrder(slugs("q=méthadon")), "medication note, accent ignored");
        assertEquals(List.of("test-na-gent-do"), fixtureOrder(slugs("q=gent")));
        assertTrue(fixtureOrder(slugs("q=gokken")).contains("test-agog-online-wo-1230"), "Dutch stemming: gokken ~ gokkers");
        assertEquals(List.of(), fixtureOrder(slugs("q=utrecht gent")), "every word must match");
        assertEquals(List.of(), fixtureOrder(slugs("q='s-Hertogenbosch")));
        assertEquals(List.of("test-al-anon-amersfoort-2ma"), fixtureOrder(slugs("q=al-anon")),
                "a hyphenated name is one word, not 'al' and 'anon' (which would also find Anonieme Alcoholisten)");
    }

    @Test
    void textSearchCombinesWithGroupAndMeetingFilters() {
        // text is matched per group first (MeetingSearchSql.textHits), the filters then apply to the meetings
        assertEquals(List.of("test-al-anon-amersfoort-2ma"), fixtureOrder(slugs("q=utrecht&audience=PARTNER")));
        assertEquals(List.of("test-aa-utrecht-wo"), fixtureOrder(slugs("q=utrecht&day=3&country=NL&language=en")));
        assertEquals(List.of(), fixtureOrder(slugs("q=utrecht&country=BE")));
        assertEquals(List.of("test-na-gent-do"), fixtureOrder(slugs("q=gent&country=BE&attendance=IN_PERSON")));
        int total = api().get("/api/v1/meetings?q=utrecht&country=NL&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("totalItems");
        assertTrue(total >= 3, "two AA meetings in Utrecht and Al-Anon in the province of Utrecht");
        api().get("/api/v1/meetings?q=utrecht&country=NL&size=1&page=999").then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(total));
    }

    @Test
    void eachFilterNarrowsTheResult() {
        assertEquals(List.of("test-al-anon-amersfoort-2ma"), fixtureOrder(slugs("audience=PARTNER")));
        assertTrue(fixtureOrder(slugs("behaviour=GAMBLING")).stream().allMatch(s -> s.startsWith("test-agog")));
        assertEquals(List.of("test-sos-antwerpen-di"), fixtureOrder(slugs("approach=SECULAR")));
        assertEquals(List.of("test-al-anon-amersfoort-2ma"), fixtureOrder(slugs("kind=FAMILY_GROUP")));
        assertEquals(List.of("test-agog-online-wo-1230", "test-aa-utrecht-wo", "test-agog-online-wo-1130"),
                fixtureOrder(slugs("day=3")));
        assertEquals(List.of("test-aa-utrecht-za", "test-agog-online-wo-1130"), fixtureOrder(slugs("time_of_day=MORNING")));
        assertEquals(List.of("test-agog-online-wo-1230"), fixtureOrder(slugs("time_of_day=MIDDAY")));
        assertEquals(List.of("test-sos-antwerpen-di"), fixtureOrder(slugs("time_of_day=NIGHT")));
        assertEquals(List.of("test-agog-online-wo-1230", "test-aa-utrecht-za", "test-agog-online-wo-1130"),
                fixtureOrder(slugs("attendance=ONLINE")));
        assertEquals(List.of("test-aa-utrecht-wo", "test-na-gent-do", "test-aa-utrecht-za", "test-al-anon-amersfoort-2ma"),
                fixtureOrder(slugs("attendance=IN_PERSON")));
        assertEquals(List.of("test-aa-utrecht-za"), fixtureOrder(slugs("attendance=HYBRID")));
        assertEquals(List.of("test-aa-utrecht-wo", "test-aa-utrecht-za"), fixtureOrder(slugs("accessibility=WHEELCHAIR")));
        assertEquals(List.of("test-na-gent-do"), fixtureOrder(slugs("language=fr")));
        assertEquals(List.of("test-sos-antwerpen-di"), fixtureOrder(slugs("open=false")), "the closed SOS group");
        assertFalse(fixtureOrder(slugs("open=true")).contains("test-sos-antwerpen-di"));
        assertEquals(List.of("test-sos-antwerpen-di"), fixtureOrder(slugs("q=antwerpen&open=FALSE")), "with text too");
        assertEquals(List.of("test-na-gent-do", "test-sos-antwerpen-di"), fixtureOrder(slugs("country=BE")));
        assertEquals(List.of("test-aa-utrecht-wo", "test-aa-utrecht-za", "test-al-anon-amersfoort-2ma"),
                fixtureOrder(slugs("place=utrecht")), "city or region (province Utrecht)");
        assertEquals(List.of("test-aa-utrecht-wo"), fixtureOrder(slugs("place=Utrecht&day=3&audience=PERSON&language=en")),
                "filters combine with AND");
    }

    @Test
    void nearAPointSortsByDistanceWithinTheRadius() {
        api().get("/api/v1/meetings?lat=52.09&lon=5.12&radius_km=50&size=100").then().statusCode(200)
                .body("items.distanceKm", everyItem(notNullValue()));
        List<String> order = fixtureOrder(slugs("lat=52.09&lon=5.12&radius_km=50"));
        assertEquals(List.of("test-aa-utrecht-wo", "test-aa-utrecht-za", "test-al-anon-amersfoort-2ma"), order,
                "Utrecht (0 km) before Amersfoort (about 20 km); Gent and online meetings are outside");
        List<Float> distances = api().get("/api/v1/meetings?lat=52.09&lon=5.12&radius_km=50&size=100").then()
                .extract().path("items.distanceKm");
        for (int i = 1; i < distances.size(); i++) {
            assertTrue(distances.get(i - 1) <= distances.get(i), "sorted by distance");
        }
        assertEquals(List.of(), fixtureOrder(slugs("lat=52.09&lon=5.12&radius_km=5&kind=FAMILY_GROUP")));
    }

    @Test
    void pagingCarriesTotals() {
        api().get("/api/v1/meetings?q=test&size=2").then().statusCode(200);
        api().get("/api/v1/meetings?country=BE&size=1&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("totalPages", greaterThanOrEqualTo(2));
        api().get("/api/v1/meetings?country=BE&size=1&page=999").then().statusCode(200)
                .body("items", empty())
                .body("totalItems", greaterThanOrEqualTo(2));
    }

    @Test
    void modifiedAfterReturnsOnlyRecentChanges() {
        api().get("/api/v1/meetings?modified_after=2999-01-01T00:00:00Z").then().statusCode(200).body("items", empty());
        api().get("/api/v1/meetings?modified_after=2000-01-01T00:00:00Z&size=100").then().statusCode(200)
                .body("items.slug", hasItem("test-aa-utrecht-wo"));
    }

    @Test
    void publicReadsCarryETagAndCacheControlAnd304() {
        String etag = api().get("/api/v1/meetings?q=gent").then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/meetings?q=gent").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/v1/meetings?q=gent").then().statusCode(200);
        String groupTag = api().get("/api/v1/groups/test-na-gent").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", groupTag).get("/api/v1/groups/test-na-gent").then().statusCode(304);
    }

    @Test
    void groupDetailHasMeetingsAndNoPersonNames() {
        api().get("/api/v1/groups/test-aa-utrecht").then().statusCode(200)
                .body("organisation.id", equalTo("aa-nederland"))
                .body("contactRole", equalTo("CHAIR"))
                .body("acceptsTrial", equalTo(true))
                .body("meetings.slug", hasItems("test-aa-utrecht-wo", "test-aa-utrecht-za"))
                .body("needsVerification", equalTo(false))
                .body("demo", equalTo(false));
    }

    @Test
    void severalGroupsInOneCallInTheOrderAskedWithoutTheUnknown() {
        api().get("/api/v1/groups?slug=test-na-gent&slug=bestaat-niet&slug=test-aa-utrecht&slug=test-na-gent").then()
                .statusCode(200)
                .body("slug", contains("test-na-gent", "test-aa-utrecht"))
                .body("[1].contactRole", equalTo("CHAIR"))
                .body("[1].meetings.slug", hasItems("test-aa-utrecht-wo", "test-aa-utrecht-za"));
        api().get("/api/v1/groups?slug=bestaat-niet").then().statusCode(200).body("size()", equalTo(0));
        api().get("/api/v1/groups").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("slug"));
        String tooMany = IntStream.rangeClosed(0, MeetingResource.MAX_GROUPS).mapToObj(i -> "slug=g" + i).collect(joining("&"));
        api().get("/api/v1/groups?" + tooMany).then().statusCode(400).body("errors.field", hasItem("slug"));
    }

    @Test
    void wrongInputGivesProblemWithFieldErrors() {
        api().get("/api/v1/meetings?day=8&time_of_day=LUNCH&attendance=X&lat=100&lon=5&language=nld&modified_after=gisteren&open=ja")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("day", "time_of_day", "attendance", "lat", "language", "modified_after", "open"));
        api().get("/api/v1/meetings?lat=52").then().statusCode(400).body("errors.field", hasItem("lon"));
        api().get("/api/v1/meetings?radius_km=5").then().statusCode(400).body("errors.field", hasItem("radius_km"));
        api().get("/api/v1/meetings?lat=52&lon=5&radius_km=5000").then().statusCode(400).body("errors.field", hasItem("radius_km"));
        api().get("/api/v1/meetings/bestaat-niet").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/groups/bestaat-niet").then().statusCode(404).body("detail", containsString("bestaat-niet"));
    }

    @Test
    void inactiveOrganisationsAndGroupsAreNotPublic() {
        assertTrue(slugs("q=zzzzqqq").isEmpty());
        api().get("/api/v1/meetings?size=100").then().body("items.slug", not(hasItem("bestaat-niet")))
                .body("items.size()", lessThan(101));
    }
}
