package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;

/** The finder's list paged by group: each group once, with all its matching meetings, across pages. */
@QuarkusTest
class MeetingGroupResourceTest extends FixturesOnWednesdayNoon {

    private static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    private static JsonPath page(String query) {
        return api().get("/api/v1/meeting-groups?" + query).then().statusCode(200).extract().jsonPath();
    }

    /** Group slug → its meeting slugs, for the fixture groups only, in the answer's order. */
    private static List<Map.Entry<String, List<String>>> fixtureGroups(JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        List<Map.Entry<String, List<String>>> groups = new ArrayList<>();
        for (Map<String, Object> item : items) {
            String group = item.get("group").toString();
            if (group.startsWith("test-")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> meetings = (List<Map<String, Object>>) item.get("meetings");
                groups.add(Map.entry(group, meetings.stream().map(m -> m.get("slug").toString()).toList()));
            }
        }
        return groups;
    }

    @Test
    void aGroupIsPlacedByItsNextMeetingAndBringsItsOtherMeetings() {
        // the meeting order is agog 12:30, aa wo, na do, aa za, agog 11:30 (next week), al-anon, sos (closed)
        assertEquals(List.of(
                Map.entry("test-agog-online", List.of("test-agog-online-wo-1230", "test-agog-online-wo-1130")),
                Map.entry("test-aa-utrecht", List.of("test-aa-utrecht-wo", "test-aa-utrecht-za")),
                Map.entry("test-na-gent", List.of("test-na-gent-do")),
                Map.entry("test-al-anon-amersfoort", List.of("test-al-anon-amersfoort-2ma")),
                Map.entry("test-sos-antwerpen", List.of("test-sos-antwerpen-di"))),
                fixtureGroups(page("size=100")));
    }

    @Test
    void pagesCountGroupsAndNoGroupComesBack() {
        JsonPath all = page("place=utrecht&size=100");
        int total = all.getInt("totalItems");
        assertEquals(all.getList("items").size(), total, "one item per group");
        assertTrue(total >= 2, "the two fixture groups in the region of Utrecht");
        Set<String> seen = new HashSet<>();
        int meetings = 0;
        for (int p = 1; p <= total; p++) {
            JsonPath one = page("place=utrecht&size=1&page=" + p);
            assertEquals(total, one.getInt("totalItems"));
            assertEquals(total, one.getInt("totalPages"));
            assertTrue(seen.add(one.getString("items[0].group")), "a group on two pages: " + one.getString("items[0].group"));
            meetings += one.getList("items[0].meetings").size();
        }
        assertEquals(all.getList("items.meetings.flatten()").size(), meetings, "no meeting lost between pages");
        api().get("/api/v1/meetings?place=utrecht&size=1").then().body("totalItems", equalTo(meetings));
        api().get("/api/v1/meeting-groups?place=utrecht&size=1&page=" + (total + 5)).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("totalItems", equalTo(total));
    }

    @Test
    void eachGroupBringsItsOwnContactRouteAndTheDistanceNearAPoint() {
        JsonPath near = page("lat=52.09&lon=5.12&radius_km=50&size=100");
        assertEquals(List.of("test-aa-utrecht", "test-al-anon-amersfoort"),
                fixtureGroups(near).stream().map(Map.Entry::getKey).toList(), "nearest first");
        Map<String, Object> aa = near.getMap("items.find { it.group == 'test-aa-utrecht' }");
        assertEquals("CHAIR", aa.get("contactRole"));
        assertEquals(0.1, ((Number) near.get("items.find { it.group == 'test-aa-utrecht' }.meetings[0].distanceKm"))
                .doubleValue(), 0.2);
    }

    @Test
    void wrongFilterIsAProblemNotAnError() {
        api().get("/api/v1/meeting-groups?day=9").then().statusCode(400).contentType("application/problem+json");
        api().get("/api/v1/meeting-groups?size=0").then().statusCode(400).contentType("application/problem+json");
    }
}
