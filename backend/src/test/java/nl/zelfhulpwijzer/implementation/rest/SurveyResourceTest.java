package nl.zelfhulpwijzer.implementation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The anonymous staff survey: rounds, one response per person, results only for groups of five or more. */
@QuarkusTest
class SurveyResourceTest {

    private static final String SURVEY = "/api/v1/implementation/survey";

    @Inject
    DataSource dataSource;

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).header("Authorization", "Bearer " + token);
    }

    private static String staff(String institution, int i) {
        return TestTokens.token("mw" + i + "-" + institution, "Medewerker " + i, institution, "medewerker");
    }

    private static Map<String, Object> answers(int scale, int option) {
        return Map.of("answers", List.of(Map.of("question", "1", "values", List.of(scale)),
                Map.of("question", "4", "values", List.of(option)),
                Map.of("question", "16", "values", List.of(0, 7))));
    }

    @Test
    void questionsArePublic() {
        given().filter(Contract.validated()).get(SURVEY + "/questions").then().statusCode(200)
                .body("items.size()", equalTo(52))
                .body("items.code", hasItems("1", "17b", "41b", "50"))
                .body("items.find { it.code == '16' }.maxChoices", equalTo(3))
                .body("items.find { it.code == '1' }.scalePoints", equalTo(5));
    }

    @Test
    void roundsNeedStaffOfAnInstitutionAndOpeningNeedsCoordinatorOrBeheerder() {
        String institution = "instelling-rondes";
        Map<String, String> baseline = Map.of("kind", "BASELINE", "label", "Nulmeting");
        given().filter(Contract.validated()).get(SURVEY + "/rounds").then().statusCode(401);
        as(TestTokens.epd()).get(SURVEY + "/rounds").then().statusCode(403);
        as(staff(institution, 1)).contentType(ContentType.JSON).body(baseline).post(SURVEY + "/rounds").then().statusCode(403);
        as(TestTokens.token("cor-r", "Cor", institution, "coordinator")).contentType(ContentType.JSON)
                .body(Map.of("kind", "FOLLOW_UP", "label", "Te vroeg")).post(SURVEY + "/rounds").then().statusCode(409);
        as(TestTokens.token("bea-r", "Bea", institution, "beheerder")).contentType(ContentType.JSON).body(baseline)
                .post(SURVEY + "/rounds").then().statusCode(201).body("status", equalTo("OPEN")).body("respondents", equalTo(0));
        as(TestTokens.token("cor-r", "Cor", institution, "coordinator")).contentType(ContentType.JSON)
                .body(Map.of("kind", "FOLLOW_UP", "label", "Te vroeg")).post(SURVEY + "/rounds").then().statusCode(409);
        as(TestTokens.token("cor-r", "Cor", institution, "coordinator")).contentType(ContentType.JSON)
                .body(Map.of("kind", "OOIT", "label", "")).post(SURVEY + "/rounds").then().statusCode(400)
                .body("errors.field", hasItem("label"));
        as(staff(institution, 1)).get(SURVEY + "/rounds").then().statusCode(200).body("items.kind", equalTo(List.of("BASELINE")));
    }

    @Test
    void resultsAppearFromFiveRespondentsAndRoundsCanBeCompared() throws SQLException {
        String institution = "instelling-meting";
        String coordinator = TestTokens.token("cor-m", "Cor", institution, "coordinator");
        long baseline = ((Number) as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "BASELINE", "label", "Nulmeting")).post(SURVEY + "/rounds")
                .then().statusCode(201).extract().path("id")).longValue();

        for (int i = 1; i <= 4; i++) {
            as(staff(institution, i)).contentType(ContentType.JSON).body(answers(i, i % 2))
                    .post(SURVEY + "/rounds/" + baseline + "/responses").then().statusCode(204);
        }
        as(staff(institution, 1)).contentType(ContentType.JSON).body(answers(1, 0))
                .post(SURVEY + "/rounds/" + baseline + "/responses").then().statusCode(409);
        as(staff(institution, 1)).get(SURVEY + "/rounds").then().body("items[0].responded", equalTo(true))
                .body("items[0].respondents", equalTo(4));
        as(coordinator).get(SURVEY + "/results").then().statusCode(200)
                .body("minimumGroupSize", equalTo(5))
                .body("questions.rounds.flatten().suppressed", everyItem(equalTo(true)))
                .body("questions.rounds.flatten().counts", everyItem(nullValue()));

        as(coordinator).contentType(ContentType.JSON).body(answers(5, 2))
                .post(SURVEY + "/rounds/" + baseline + "/responses").then().statusCode(204);
        as(staff(institution, 9)).get(SURVEY + "/results").then().statusCode(200)
                .body("questions.find { it.code == '1' }.rounds[0].suppressed", equalTo(false))
                .body("questions.find { it.code == '1' }.rounds[0].answered", equalTo(5))
                .body("questions.find { it.code == '1' }.rounds[0].counts", equalTo(List.of(1, 1, 1, 1, 1)))
                .body("questions.find { it.code == '4' }.rounds[0].counts", equalTo(List.of(2, 2, 1, 0)))
                .body("questions.find { it.code == '16' }.rounds[0].counts[0]", equalTo(5))
                .body("questions.find { it.code == '16' }.rounds[0].counts[7]", equalTo(5))
                .body("questions.find { it.code == '2' }.rounds[0].suppressed", equalTo(true));

        as(coordinator).post(SURVEY + "/rounds/" + baseline + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        as(coordinator).post(SURVEY + "/rounds/" + baseline + "/close").then().statusCode(409);
        as(staff(institution, 7)).contentType(ContentType.JSON).body(answers(1, 0))
                .post(SURVEY + "/rounds/" + baseline + "/responses").then().statusCode(409);

        as(coordinator).contentType(ContentType.JSON).body(Map.of("kind", "FOLLOW_UP", "label", "Vervolgmeting"))
                .post(SURVEY + "/rounds").then().statusCode(201);
        as(coordinator).get(SURVEY + "/results").then()
                .body("rounds.kind", equalTo(List.of("BASELINE", "FOLLOW_UP")))
                .body("questions.find { it.code == '1' }.rounds.suppressed", equalTo(List.of(false, true)));

        // nothing in a response points to a person
        List<String> columns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select column_name from information_schema.columns "
                        + "where table_name in ('survey_response', 'survey_answer') order by column_name")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        assertEquals(List.of("id", "question_code", "response_id", "round_id", "value"), columns);
    }

    @Test
    void anotherInstitutionCannotSeeOrUseARound() {
        String coordinator = TestTokens.token("cor-t", "Cor", "instelling-tenant", "coordinator");
        long round = ((Number) as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "BASELINE", "label", "Nulmeting")).post(SURVEY + "/rounds")
                .then().statusCode(201).extract().path("id")).longValue();
        String other = TestTokens.token("cor-ander", "Ander", TestTokens.OTHER_INSTITUTION, "coordinator", "medewerker");
        as(other).get(SURVEY + "/rounds").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) round)));
        as(other).contentType(ContentType.JSON).body(answers(1, 0)).post(SURVEY + "/rounds/" + round + "/responses")
                .then().statusCode(404);
        as(other).post(SURVEY + "/rounds/" + round + "/close").then().statusCode(404);
        as(other).get(SURVEY + "/results").then().statusCode(200).body("institution", equalTo(TestTokens.OTHER_INSTITUTION))
                .body("rounds.id", org.hamcrest.Matchers.not(hasItem((int) round)));
        as(coordinator).get(SURVEY + "/rounds").then().body("items[0].respondents", equalTo(0));
    }

    @Test
    void invalidResponsesAreRefusedAndNothingIsStored() {
        String institution = "instelling-survey-fout";
        String coordinator = TestTokens.token("cor-f", "Cor", institution, "coordinator");
        long round = ((Number) as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "BASELINE", "label", "Nulmeting")).post(SURVEY + "/rounds")
                .then().statusCode(201).extract().path("id")).longValue();
        String path = SURVEY + "/rounds/" + round + "/responses";
        as(staff(institution, 1)).contentType(ContentType.JSON).body(Map.of("answers", List.of())).post(path).then()
                .statusCode(400).body("errors.field", hasItem("answers"));
        as(staff(institution, 1)).contentType(ContentType.JSON).body(Map.of("answers", List.of(
                Map.of("question", "1", "values", List.of(6)),
                Map.of("question", "5", "values", List.of(0, 1, 2)),
                Map.of("question", "99", "values", List.of(0))))).post(path).then()
                .statusCode(400).body("errors.field", hasItems("answers[0].values", "answers[1].values", "answers[2].question"));
        as(staff(institution, 1)).contentType(ContentType.JSON).body(answers(1, 0)).post(SURVEY + "/rounds/abc/responses")
                .then().statusCode(400);
        as(coordinator).get(SURVEY + "/rounds").then().body("items[0].respondents", equalTo(0))
                .body("items[0].responded", equalTo(false));
        // a refused response does not count as taking part
        as(staff(institution, 1)).contentType(ContentType.JSON).body(answers(1, 0)).post(path).then().statusCode(204);
        as(staff(institution, 1)).get(SURVEY + "/rounds").then().body("items[0].responded", equalTo(true));
        as(coordinator).get(SURVEY + "/rounds").then().body("items", org.hamcrest.Matchers.not(empty()));
    }
}
