package nl.zelfhulpwijzer.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Meeting Guide import: round trip with the export, dry run, per-row report, idempotent by slug, meetings that left
 * the feed, roles.
 */
@QuarkusTest
class MeetingGuideImportTest extends FixturesOnWednesdayNoon {

    private static List<Map<String, Object>> exported(String slugPrefix) {
        List<Map<String, Object>> feed = given().get("/api/v1/feeds/meeting-guide.json").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return new ArrayList<>(feed.stream().filter(m -> m.get("slug").toString().startsWith(slugPrefix))
                .map(HashMap::new).toList());
    }

    private static ValidatableResponse post(Object body, String organisation, boolean dryRun) {
        return post(body, "organisation=" + organisation + "&dryRun=" + dryRun);
    }

    private static ValidatableResponse post(Object body, String query) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.coordinator())
                .body(body).post("/api/v1/admin/imports/meeting-guide?" + query)
                .then();
    }

    private static Map<String, Object> overeaters(String slug, int day) {
        return Map.of("name", "OA Importtest", "slug", slug, "group", "OA Importtest Groep", "day", day, "time", "19:30",
                "address", "Oudegracht 1", "city", "Utrecht", "postal_code", "3511 AA", "country", "NL");
    }

    @Test
    void meetingsThatLeftTheFeedAreReportedAndClosedOnlyOnRequest() {
        String organisation = "organisation=anonieme-overeters";
        post(List.of(overeaters("import-oa-ma", 1), overeaters("import-oa-do", 4)), organisation + "&dryRun=false")
                .statusCode(200).body("created", equalTo(2)).body("missing", equalTo(List.of())).body("closed", equalTo(0));

        List<Map<String, Object>> feed = List.of(overeaters("import-oa-ma", 1));
        post(feed, organisation + "&dryRun=true").statusCode(200)
                .body("missing.slug", equalTo(List.of("import-oa-do")))
                .body("missing[0].groupName", equalTo("OA Importtest Groep"))
                .body("missing[0].closed", equalTo(false)).body("closed", equalTo(0));
        post(feed, organisation + "&dryRun=true&closeMissing=true").statusCode(200)
                .body("missing[0].closed", equalTo(true)).body("closed", equalTo(1));
        given().get("/api/v1/meetings/import-oa-do").then().body("temporarilyClosed", equalTo(false));

        // a row that is refused still names its meeting: nothing of it is closed
        Map<String, Object> broken = new HashMap<>(overeaters("import-oa-do", 4));
        broken.put("time", "half acht");
        post(List.of(feed.get(0), broken), organisation + "&dryRun=true&closeMissing=true").statusCode(200)
                .body("rejected", equalTo(1)).body("missing", equalTo(List.of()));

        post(feed, organisation + "&dryRun=false&closeMissing=true").statusCode(200).body("closed", equalTo(1));
        given().get("/api/v1/meetings/import-oa-do").then().body("temporarilyClosed", equalTo(true));
        given().get("/api/v1/meetings/import-oa-ma").then().body("temporarilyClosed", equalTo(false));
        given().header("Authorization", "Bearer " + TestTokens.coordinator())
                .get("/api/v1/groups/import-anonieme-overeters-oa-importtest-groep/history").then().statusCode(200)
                .body("find { it.field == 'temporarilyClosed' && it.newValue == 'true' }.changedBy",
                        equalTo("coordinator (import)"));
        post(feed, organisation + "&dryRun=true&closeMissing=true").statusCode(200)
                .body("missing", equalTo(List.of())).body("closed", equalTo(0));
    }

    @Test
    void exportThenImportChangesNothing() {
        List<Map<String, Object>> rows = exported("test-aa-utrecht");
        assertEquals(2, rows.size());
        post(rows, "aa-nederland", true).statusCode(200)
                .body("unchanged", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0)).body("rejected", equalTo(0));
    }

    @Test
    void dryRunReportsPerRowAndStoresNothingThenImportIsIdempotent() {
        Map<String, Object> created = new HashMap<>(Map.of("name", "Import Zaterdagochtend", "slug", "import-aa-zaterdag",
                "group", "AA Import Groep", "day", 6, "time", "10:00", "end_time", "11:30", "types", List.of("O", "BE", "X")));
        created.putAll(Map.of("location", "Kerkzaal", "address", "Kerkstraat 9", "city", "Zwolle", "postal_code", "8011 AB",
                "country", "NL", "latitude", 52.51, "longitude", 6.09));
        List<Map<String, Object>> rows = new ArrayList<>(exported("test-aa-utrecht-wo"));
        rows.add(created);
        rows.add(Map.of("name", "Zonder tijd", "slug", "import-fout-1", "day", 9));
        rows.add(Map.of("slug", "import-fout-2", "day", 1, "time", "7 uur", "conference_url", "http://x"));
        rows.add(Map.of("name", "Andere organisatie", "slug", "test-na-gent-do", "day", 4, "time", "20:00",
                "conference_url", "https://meet.example/na"));
        post(rows, "aa-nederland", true).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("total", equalTo(5))
                .body("created", equalTo(1)).body("unchanged", equalTo(1)).body("rejected", equalTo(3))
                .body("rows[1].outcome", equalTo("CREATED"))
                .body("rows[2].errors.field", hasItems("day", "time"))
                .body("rows[3].errors.field", hasItems("name", "time", "conference_url"))
                .body("rows[4].errors.field", hasItem("slug"));
        given().get("/api/v1/meetings/import-aa-zaterdag").then().statusCode(404);

        post(rows, "aa-nederland", false).statusCode(200).body("created", equalTo(1)).body("rejected", equalTo(3));
        given().get("/api/v1/meetings/import-aa-zaterdag").then().statusCode(200)
                .body("groupName", equalTo("AA Import Groep"))
                .body("day", equalTo(6))
                .body("attendance", equalTo("IN_PERSON"))
                .body("types", equalTo(List.of("BE")))
                .body("accessibility", hasItem("WHEELCHAIR"));

        // The exported feed of the imported meeting round-trips; a changed time is an update of that field only.
        List<Map<String, Object>> again = exported("import-aa-zaterdag");
        post(again, "aa-nederland", true).statusCode(200).body("unchanged", equalTo(1));
        again.get(0).put("time", "09:45");
        post(again, "aa-nederland", true).statusCode(200).body("updated", equalTo(1))
                .body("rows[0].changedFields", equalTo(List.of("time")));
        given().get("/api/v1/meetings/import-aa-zaterdag").then().body("startTime", equalTo("10:00"));
        post(again, "aa-nederland", false).statusCode(200).body("updated", equalTo(1));
        given().get("/api/v1/meetings/import-aa-zaterdag").then().body("startTime", equalTo("09:45"));
        post(again, "aa-nederland", false).statusCode(200).body("unchanged", equalTo(1));
        given().header("Authorization", "Bearer " + TestTokens.coordinator())
                .get("/api/v1/groups/import-aa-nederland-aa-import-groep/history").then().statusCode(200)
                .body("find { it.field == 'startTime' && it.newValue == '09:45' }.changedBy", equalTo("coordinator (import)"));
    }

    @Test
    void rolesAndWholeFileProblems() {
        given().contentType(ContentType.JSON).body(List.of()).post("/api/v1/admin/imports/meeting-guide?organisation=aa-nederland")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TestTokens.medewerker()).body(List.of())
                .post("/api/v1/admin/imports/meeting-guide?organisation=aa-nederland").then().statusCode(403);
        post(Map.of("name", "geen lijst"), "aa-nederland", true).statusCode(400).body("errors.field", hasItem("body"));
        post(List.of(), "bestaat-niet", true).statusCode(400).body("errors.field", hasItem("organisation"));
        post(List.of(), "organisation=aa-nederland&dryRun=false&closeMissing=ja").statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("closeMissing"));
        given().filter(Contract.validated()).get("/api/v1/feeds/meeting-guide/types").then().statusCode(200)
                .body("O", equalTo("Open")).body("TC", equalTo("Tijdelijk gesloten"));
    }

    @Test
    void aRowWithSeveralDaysBecomesOneMeetingPerDay() {
        Map<String, Object> row = new HashMap<>(Map.of("name", "Import Doordeweeks", "slug", "import-aa-doordeweeks",
                "group", "AA Import Doordeweeks", "day", List.of(1, 3, "5", 3), "time", "19:00", "end_time", "20:00",
                "types", List.of("O", "D")));
        row.putAll(Map.of("address", "Stationsweg 4", "city", "Deventer", "postal_code", "7411 HJ", "country", "NL"));
        post(List.of(row), "aa-nederland", true).statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(0)).body("skipped", equalTo(0))
                .body("rows[0].outcome", equalTo("CREATED"))
                .body("rows[0].slug", equalTo("import-aa-doordeweeks"))
                .body("rows[0].meetingSlugs", equalTo(List.of("import-aa-doordeweeks-ma", "import-aa-doordeweeks-wo",
                        "import-aa-doordeweeks-vr")));
        given().get("/api/v1/meetings/import-aa-doordeweeks-ma").then().statusCode(404);

        post(List.of(row), "aa-nederland", false).statusCode(200).body("created", equalTo(1));
        given().get("/api/v1/meetings/import-aa-doordeweeks-ma").then().statusCode(200).body("day", equalTo(1))
                .body("groupName", equalTo("AA Import Doordeweeks"));
        given().get("/api/v1/meetings/import-aa-doordeweeks-wo").then().statusCode(200).body("day", equalTo(3));
        given().get("/api/v1/meetings/import-aa-doordeweeks-vr").then().statusCode(200).body("day", equalTo(5))
                .body("startTime", equalTo("19:00"));

        // Idempotent: the same row again changes nothing; the export (one row per meeting) round-trips too.
        post(List.of(row), "aa-nederland", false).statusCode(200).body("unchanged", equalTo(1)).body("created", equalTo(0));
        List<Map<String, Object>> exported = exported("import-aa-doordeweeks");
        assertEquals(3, exported.size());
        post(exported, "aa-nederland", true).statusCode(200).body("unchanged", equalTo(3));

        // A changed time and an extra day: one updated row, each change named with its day.
        row.put("time", "19:30");
        row.put("day", List.of(1, 3, 5, 6));
        post(List.of(row), "aa-nederland", true).statusCode(200).body("updated", equalTo(1))
                .body("rows[0].outcome", equalTo("UPDATED"))
                .body("rows[0].changedFields", hasItems("maandag: time", "woensdag: time", "vrijdag: time", "zaterdag: nieuw"));
        post(List.of(row), "aa-nederland", false).statusCode(200).body("updated", equalTo(1));
        given().get("/api/v1/meetings/import-aa-doordeweeks-za").then().statusCode(200).body("startTime", equalTo("19:30"));
        given().get("/api/v1/meetings/import-aa-doordeweeks-ma").then().statusCode(200).body("startTime", equalTo("19:30"));

        // Fewer days: the meetings of the dropped days are named in the report, not removed.
        row.put("day", List.of(1, 3));
        post(List.of(row), "aa-nederland", false).statusCode(200).body("unchanged", equalTo(1))
                .body("rows[0].warnings", hasItems(containsString("import-aa-doordeweeks-vr (vrijdag)"),
                        containsString("import-aa-doordeweeks-za (zaterdag)")));
        given().get("/api/v1/meetings/import-aa-doordeweeks-vr").then().statusCode(200);
    }

    @Test
    void aRowThatChangesBetweenOneAndSeveralDaysKeepsItsMeeting() {
        Map<String, Object> row = new HashMap<>(Map.of("name", "Import Dinsdag", "slug", "import-aa-dinsdag", "day", 2,
                "time", "20:00", "conference_url", "https://meet.example/dinsdag"));
        post(List.of(row), "aa-nederland", false).statusCode(200).body("created", equalTo(1))
                .body("rows[0]", not(hasKey("meetingSlugs")));
        row.put("day", List.of(2, 4));
        post(List.of(row), "aa-nederland", false).statusCode(200).body("updated", equalTo(1))
                .body("rows[0].meetingSlugs", equalTo(List.of("import-aa-dinsdag", "import-aa-dinsdag-do")))
                .body("rows[0].changedFields", equalTo(List.of("donderdag: nieuw")));
        given().get("/api/v1/meetings/import-aa-dinsdag-di").then().statusCode(404);
        given().get("/api/v1/meetings/import-aa-dinsdag-do").then().statusCode(200).body("day", equalTo(4));
        post(List.of(row), "aa-nederland", false).statusCode(200).body("unchanged", equalTo(1));
        // Back to one day (Thursday): the Thursday meeting is kept, Tuesday is named as left behind.
        row.put("day", 4);
        post(List.of(row), "aa-nederland", false).statusCode(200).body("unchanged", equalTo(1))
                .body("rows[0].meetingSlugs", equalTo(List.of("import-aa-dinsdag-do")))
                .body("rows[0].warnings[0]", containsString("import-aa-dinsdag (dinsdag)"));
    }

    @Test
    void byAppointmentRowsAreSkippedWithAReasonAndWrongDaysRejected() {
        List<Map<String, Object>> rows = List.of(
                Map.of("name", "Op afspraak", "slug", "import-op-afspraak", "city", "Zwolle", "notes", "Bel de hulplijn."),
                Map.of("name", "Lege dagenlijst", "slug", "import-op-afspraak-2", "day", List.of()),
                Map.of("name", "Dag zonder tijd", "slug", "import-fout-3", "day", 2, "city", "Zwolle"),
                Map.of("name", "Tijd zonder dag", "slug", "import-fout-4", "time", "19:00", "city", "Zwolle"),
                Map.of("name", "Foute dag in lijst", "slug", "import-fout-5", "day", List.of(1, 8), "time", "19:00",
                        "conference_url", "https://meet.example/x"),
                Map.of("slug", "import-fout-6"));
        post(rows, "aa-nederland", false).statusCode(200)
                .body("total", equalTo(6))
                .body("skipped", equalTo(2)).body("rejected", equalTo(4)).body("created", equalTo(0))
                .body("rows[0].outcome", equalTo("SKIPPED"))
                .body("rows[0].errors[0].field", equalTo("day"))
                .body("rows[0].errors[0].message", containsString("Op afspraak"))
                .body("rows[1].outcome", equalTo("SKIPPED"))
                .body("rows[2].outcome", equalTo("REJECTED")).body("rows[2].errors.field", hasItem("time"))
                .body("rows[3].outcome", equalTo("REJECTED")).body("rows[3].errors.field", hasItem("day"))
                .body("rows[4].errors.message", hasItem(containsString("Elke dag in de lijst")))
                .body("rows[5].outcome", equalTo("REJECTED")).body("rows[5].errors.field", hasItem("name"));
        given().get("/api/v1/meetings/import-op-afspraak").then().statusCode(404);
    }
}
