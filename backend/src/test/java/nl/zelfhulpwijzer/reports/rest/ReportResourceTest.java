package nl.zelfhulpwijzer.reports.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The referral report and the survey comparison: roles, one institution only, suppression, CSV. */
@QuarkusTest
class ReportResourceTest {

    private static final String REFERRALS = "/api/v1/reports/referrals";
    private static final String A = "rapport-a";
    private static final String B = "rapport-b";
    private static final String PERIOD = "?from=2026-01-01&to=2026-03-31";

    @Inject
    DataSource dataSource;

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private static String coordinatorOf(String institution) {
        return TestTokens.token("cor-" + institution, "Cor", institution, "coordinator");
    }

    @BeforeEach
    void referrals() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("delete from referral where institution in ('" + A + "', '" + B + "')");
            // A: 9 in intake and 3 in treatment, all direct; 8 attended a first meeting, 6 recorded on time.
            for (int i = 0; i < 12; i++) {
                boolean attended = i < 8;
                insert(c, A, i < 9 ? "INTAKE" : "TREATMENT", LocalDate.of(2026, 1 + i % 3, 10), attended ? "YES" : null,
                        attended ? LocalDate.of(2026, 1 + i % 3, 10 + i) : null, i < 6);
            }
            insert(c, A, "INTAKE", LocalDate.of(2025, 12, 31), null, null, false);
            for (int i = 0; i < 7; i++) {
                insert(c, B, "INTAKE", LocalDate.of(2026, 2, 1), null, null, false);
            }
        }
    }

    private static void insert(Connection c, String institution, String phase, LocalDate created, String firstMeeting,
            LocalDate firstMeetingOn, boolean outcomeOnTime) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into referral (id, institution, client_ref, organisation_id, level, treatment_phase, route, in_care_plan,
                    trial_agreed, status, first_meeting, first_meeting_on, outcome_at, continues, created_by, created_at,
                    modified_at, version)
                values (?, ?, 'ref', 'aa-nederland', 'VERWIJZING', ?, 'DIRECT', true, true, 'IN_PROGRESS', ?, ?,
                    case when ? then ?::date + time '12:00' end, case when ? then true end, 'mila', ?::date + time '09:00',
                    now(), 0)""")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, institution);
            s.setString(3, phase);
            s.setString(4, firstMeeting);
            s.setObject(5, firstMeetingOn);
            s.setBoolean(6, outcomeOnTime);
            s.setObject(7, created.plusDays(3));
            s.setBoolean(8, outcomeOnTime);
            s.setObject(9, created);
            s.executeUpdate();
        }
    }

    @Test
    void coordinatorsBeheerdersAndTheEpdReadOthersMayNot() {
        given().get(REFERRALS).then().statusCode(401);
        as(TestTokens.token("mila-r", "Mila", A, "medewerker")).get(REFERRALS).then().statusCode(403)
                .contentType("application/problem+json");
        for (String role : List.of("coordinator", "beheerder", "epd")) {
            as(TestTokens.token(role + "-r", role, A, role)).get(REFERRALS + PERIOD).then().statusCode(200).body("total", equalTo(12));
        }
        as(TestTokens.token("mila-s", "Mila", A, "medewerker")).get("/api/v1/reports/survey").then().statusCode(403);
    }

    @Test
    void eachInstitutionSeesOnlyItsOwnReferrals() {
        as(coordinatorOf(A)).get(REFERRALS + PERIOD).then().statusCode(200).body("total", equalTo(12));
        as(coordinatorOf(B)).get(REFERRALS + PERIOD).then().statusCode(200).body("total", equalTo(7));
        as(coordinatorOf("rapport-leeg")).get(REFERRALS + PERIOD).then().statusCode(200).body("total", nullValue())
                .body("indicators.find { it.dimension == 'ROUTE' }.cells.size()", equalTo(0));
    }

    @Test
    void smallCountsAndWhatTheTotalGivesAwayAreHidden() {
        as(coordinatorOf(A)).get(REFERRALS + PERIOD).then().statusCode(200)
                .body("minimumCount", equalTo(5))
                .body("indicators.find { it.dimension == 'ROUTE' }.cells[0].count", equalTo(12))
                // 3 in treatment is too few; 9 in intake would give it away.
                .body("indicators.find { it.dimension == 'TREATMENT_PHASE' }.cells.count", equalTo(Arrays.asList(null, null)))
                .body("indicators.find { it.dimension == 'MONTH' }.cells.count", equalTo(Arrays.asList(null, null, null)))
                .body("indicators.find { it.dimension == 'FIRST_MEETING_STAFF' }.total", equalTo(12))
                .body("firstMeetingByStaff", nullValue())
                .body("indicators.find { it.dimension == 'FOLLOW_UP' }.cells.find { it.key == 'ON_TIME' }.count", equalTo(6))
                // the other 6 were due in the spring and are still not done
                .body("followUpOnTime", equalTo(0.5f))
                .body("organisationNames.'aa-nederland'", equalTo("Anonieme Alcoholisten Nederland"))
                .body("daysToFirstMeeting.referrals", equalTo(8))
                .body("daysToFirstMeeting.median", equalTo(3.5f));
        as(coordinatorOf(B)).get(REFERRALS + PERIOD).then().statusCode(200)
                .body("daysToFirstMeeting.referrals", nullValue()).body("daysToFirstMeeting.median", nullValue());
    }

    @Test
    void csvHasOneLinePerFigureAndEmptyFieldsWhereHidden() {
        String csv = as(coordinatorOf(A)).get(REFERRALS + PERIOD + "&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv")).extract().asString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertEquals("indicator,key,value", lines.get(0));
        assertTrue(lines.contains("TOTAL,,12"), csv);
        assertTrue(lines.contains("TREATMENT_PHASE,INTAKE,"), csv);
        assertTrue(lines.contains("ROUTE,DIRECT,12"), csv);
        assertTrue(lines.contains("FOLLOW_UP_SHARE,ON_TIME,0.5"), csv);
        assertTrue(lines.contains("ORGANISATION_NAME,aa-nederland,Anonieme Alcoholisten Nederland"), csv);
        assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length == 3), csv);
        as(coordinatorOf(A)).accept("text/csv").get(REFERRALS + PERIOD).then().statusCode(200)
                .body(startsWith("indicator,key,value\r\n"));
        String survey = as(coordinatorOf(A)).get("/api/v1/reports/survey?format=csv").then().statusCode(200).extract().asString();
        assertEquals("question,text,option,baseline,followUp", survey.split("\r\n")[0]);
    }

    @Test
    void badInputIsA400WithTheField() {
        as(coordinatorOf(A)).get(REFERRALS + "?from=gisteren").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("from")));
        as(coordinatorOf(A)).get(REFERRALS + "?from=2026-03-01&to=2026-01-01").then().statusCode(400);
        as(coordinatorOf(A)).get(REFERRALS + "?format=xml").then().statusCode(400).body("errors.field", equalTo(List.of("format")));
    }

    @Test
    void theSurveyComparisonHidesRoundsWithFewAnswers() {
        as(coordinatorOf("rapport-geen-ronde")).get("/api/v1/reports/survey").then().statusCode(200)
                .body("baseline", nullValue()).body("followUp", nullValue())
                .body("questions[0].baseline.cells.size()", equalTo(0));
    }
}
