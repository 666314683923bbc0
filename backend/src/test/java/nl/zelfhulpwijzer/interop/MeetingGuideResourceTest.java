package nl.zelfhulpwijzer.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;

/** The public Meeting Guide feed (CORS *) and the iCalendar file per meeting. */
@QuarkusTest
class MeetingGuideResourceTest extends FixturesOnWednesdayNoon {

    @Test
    void feedIsAFlatArrayInTheMeetingGuideShape() {
        JsonPath feed = given().filter(Contract.validated()).get("/api/v1/feeds/meeting-guide.json").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("slug", hasItems("test-aa-utrecht-wo", "test-agog-online-wo-1230"))
                .body("slug", not(hasItem("test-al-anon-amersfoort-2ma")))
                .extract().jsonPath();
        Map<String, Object> aa = feed.getMap("find { it.slug == 'test-aa-utrecht-wo' }");
        assertTrue(aa.get("day").equals(3), "Wednesday is 3 when Sunday is 0");
        assertTrue(aa.get("time").equals("19:30"));
        assertTrue(aa.get("end_time").equals("21:00"));
        assertTrue(aa.get("timezone").equals("Europe/Amsterdam"));
        assertTrue(aa.get("approximate").equals("no"));
        assertTrue(aa.get("formatted_address").equals("Lindelaan 1, 3511 AB Utrecht, Nederland"));
        assertTrue(((java.util.List<?>) aa.get("types")).containsAll(java.util.List.of("O", "D", "X", "EN")));
        assertTrue(aa.get("updated").toString().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        Map<String, Object> online = feed.getMap("find { it.slug == 'test-agog-online-wo-1230' }");
        assertTrue(online.get("conference_url").equals("https://meet.example/agog"));
        assertTrue(!online.containsKey("address") && !online.containsKey("latitude"));
        Map<String, Object> closed = feed.getMap("find { it.slug == 'test-sos-antwerpen-di' }");
        assertTrue(((java.util.List<?>) closed.get("types")).contains("TC"));
        assertTrue(closed.get("approximate").equals("yes"));
        assertTrue(closed.get("day").equals(2));
    }

    @Test
    void feedMayBeReadFromAnyWebSite() {
        given().header("Origin", "https://intergroep.example").get("/api/v1/feeds/meeting-guide.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://intergroep.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/feeds/meeting-guide.json").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://intergroep.example").get("/api/v1/meetings").then()
                .header("Access-Control-Allow-Origin", not(equalTo("*")));
    }

    @Test
    void icsHasARecurringEventInItsTimeZone() {
        String ics = given().filter(Contract.validated()).get("/api/v1/meetings/test-al-anon-amersfoort-2ma/ics").then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("test-al-anon-amersfoort-2ma.ics"))
                .extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20260209T200000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Amsterdam:20260209T213000\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=MONTHLY;BYDAY=2MO\r\n"), ics);
        assertTrue(ics.contains("SUMMARY:Al-Anon Amersfoort\r\n"), ics);
        assertTrue(ics.contains("LOCATION:Buurthuis Test\\, Kerkstraat 2\\, 3811 CD Amersfoort\r\n"), ics);
        assertTrue(ics.contains("UID:test-al-anon-amersfoort-2ma@zelfhulpwijzer.nl"), ics);
        assertTrue(ics.lines().allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75), ics);
        given().get("/api/v1/meetings/bestaat-niet/ics").then().statusCode(404).contentType("application/problem+json");
    }
}
