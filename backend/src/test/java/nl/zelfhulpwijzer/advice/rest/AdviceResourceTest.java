package nl.zelfhulpwijzer.advice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

@QuarkusTest
class AdviceResourceTest {

    private static final String PARTNER_OF_DRINKER = """
            {"relation": "PARTNER", "behaviours": ["ALCOHOL"], "country": "NL"}""";

    @Inject
    EntityManager em;

    private static RequestSpecification as(String token) {
        return given().filter(Contract.validated()).contentType(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    @Test
    void anonymousCallerGets401() {
        given().filter(Contract.validated()).contentType(ContentType.JSON).body(PARTNER_OF_DRINKER)
                .post("/api/v1/advice").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void beheerderOnlyGets403() {
        as(TestTokens.beheerder()).body(PARTNER_OF_DRINKER).post("/api/v1/advice").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Geen toegang"));
    }

    @Test
    void medewerkerCoordinatorAndEpdGetAnAdvice() {
        for (String token : new String[] { TestTokens.medewerker(), TestTokens.coordinator(), TestTokens.epd() }) {
            as(token).body(PARTNER_OF_DRINKER).post("/api/v1/advice").then().statusCode(200)
                    .body("catalogueVersion", equalTo(latestPublished()))
                    .body("candidates[0].organisationId", equalTo("al-anon"))
                    .body("candidates[0].verdict", equalTo("FITS_NOW"))
                    .body("candidates[0].verdictLabel", equalTo("past nu"))
                    .body("candidates[0].route.route", equalTo("VIA_CONTACT_PERSON"));
        }
    }

    @Test
    void everyOrganisationIsEvaluatedAndEveryReasonCitesItsSource() {
        long organisations = (Long) em.createQuery("select count(o) from Organisation o").getSingleResult();
        long evaluated = organisations
                + ((Number) em.createNativeQuery("select count(*) from self_help_group").getSingleResult()).longValue();
        as(TestTokens.medewerker()).queryParam("size", 100).body("""
                {"relation": "PERSON", "behaviours": ["DRUGS"], "abstinenceWish": true, "medication": ["METHADONE"],
                 "treatmentGoal": "ABSTINENCE", "stageOfChange": "PREPARATION", "treatmentPhase": "INDICATION"}""")
                .post("/api/v1/advice").then().statusCode(200)
                .body("evaluated", equalTo((int) evaluated))
                .body("total", equalTo((int) organisations))
                .body("candidates", hasSize((int) Math.min(organisations, 100)))
                .body("candidates.scoreParts.flatten().code", everyItem(notNullValue()))
                .body("candidates.reasons.flatten().source", everyItem(notNullValue()))
                .body("candidates.find { it.organisationId == 'na-nederland' }.verdict", equalTo("MAY_FIT"))
                .body("candidates.find { it.organisationId == 'na-nederland' }.reasons.code", hasItem("NOT_CONTRA_METHADONE"))
                .body("candidates.find { it.organisationId == 'na-nederland' }.cautions.code", hasItem("CAUTION_NA_MEDICATION"));
    }

    @Test
    void preferencesOfTheAskerAreScoredWithTheirSource() {
        as(TestTokens.medewerker()).body("""
                {"relation": "CHILD", "behaviours": ["ALCOHOL"], "country": "NL", "ageBand": "UNDER_18", "language": "nl", "womenOnly": true}""")
                .post("/api/v1/advice").then().statusCode(200)
                .body("candidates[0].organisationId", equalTo("alateen-al-anon-aca"))
                .body("candidates[0].scoreParts.find { it.code == 'PREFERENCE_YOUNG_RELATIVE_ALATEEN' }.points", equalTo(2))
                .body("candidates[0].scoreParts.find { it.code == 'PREFERENCE_YOUNG_RELATIVE_ALATEEN' }.inference", equalTo(true))
                .body("candidates[0].reasons.find { it.code == 'PREFERENCE_YOUNG_RELATIVE_ALATEEN' }.quote",
                        containsString("Alateen"));
    }

    @Test
    void riskSignalsComeFirstWithTheirActions() {
        as(TestTokens.epd()).body("""
                {"relation": "PERSON", "behaviours": ["DRUGS"], "riskSignals": ["children_present", "DANGEROUS_WITHDRAWAL_GHB"]}""")
                .post("/api/v1/advice").then().statusCode(200)
                .body("actFirst", equalTo(true))
                .body("riskSignals.signal", equalTo(java.util.List.of("DANGEROUS_WITHDRAWAL_GHB", "CHILDREN_PRESENT")))
                .body("riskSignals[0].urgency", equalTo("EMERGENCY"))
                .body("riskSignals[0].action", containsString("arts"))
                .body("riskSignals[0].source.document", equalTo("004_9366bc2566e26373.txt"));
    }

    @Test
    void pageSizeKeepsTheCountsOfAll() {
        as(TestTokens.medewerker()).queryParam("size", 2).body(PARTNER_OF_DRINKER).post("/api/v1/advice").then()
                .statusCode(200).body("candidates", hasSize(2)).body("truncated", equalTo(true))
                .body("counts.fitsNow", notNullValue());
    }

    @Test
    void sameProfileGivesTheSameAdvice() {
        String first = as(TestTokens.medewerker()).body(PARTNER_OF_DRINKER).post("/api/v1/advice").then().statusCode(200)
                .extract().asString();
        String second = as(TestTokens.medewerker()).body(PARTNER_OF_DRINKER).post("/api/v1/advice").then().statusCode(200)
                .extract().asString();
        assertEquals(first, second);
    }

    @Test
    void invalidProfileGives422WithFieldErrorsAndStoresNothing() {
        Map<String, Long> before = tableCounts();
        as(TestTokens.medewerker()).body("""
                {"relation": "PROFESSIONAL", "behaviours": ["ALCOHOL", "WIJN"], "treatmentGoal": "MINDER",
                 "language": "Nederlands", "riskSignals": ["OVERDOSE", ""], "place": "%s"}""".formatted("x".repeat(101)))
                .post("/api/v1/advice").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://zelfhulpwijzer.nl/problems/unprocessable"))
                .body("title", equalTo("Verzoek kan niet worden verwerkt"))
                .body("errors.field", hasItems("language", "place"));
        as(TestTokens.medewerker()).body("""
                {"relation": "PROFESSIONAL", "behaviours": ["ALCOHOL", "WIJN"], "treatmentGoal": "MINDER",
                 "riskSignals": ["OVERDOSE", ""]}""")
                .post("/api/v1/advice").then().statusCode(422)
                .body("errors.field", hasItems("relation", "behaviours[1]", "treatmentGoal", "riskSignals[1]"))
                .body("errors.find { it.field == 'treatmentGoal' }.message", containsString("Kies uit"));
        assertEquals(before, tableCounts());
    }

    @Test
    void missingRequiredFieldsGive422() {
        as(TestTokens.medewerker()).body("{}").post("/api/v1/advice").then().statusCode(422)
                .body("errors.field", hasItems("relation", "behaviours"))
                .body("errors.find { it.field == 'behaviours' }.message", equalTo("Kies minstens één middel of gedrag."));
    }

    @Test
    void malformedJsonOrBadLimitGives400() {
        as(TestTokens.medewerker()).body("{\"relation\": ").post("/api/v1/advice").then().statusCode(400)
                .contentType("application/problem+json");
        as(TestTokens.medewerker()).body("{\"relation\": \"PERSON\", \"behaviours\": \"ALCOHOL\", \"abstinenceWish\": \"ja\"}")
                .post("/api/v1/advice").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("behaviours"));
        as(TestTokens.medewerker()).queryParam("size", "nul").body(PARTNER_OF_DRINKER).post("/api/v1/advice").then()
                .statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aChangeInTheDirectoryIsSeenByTheNextAdvice() throws Exception {
        String body = "{\"relation\": \"PARTNER\", \"behaviours\": [\"GAMBLING\"]}";
        as(TestTokens.medewerker()).queryParam("size", 100).body(body).post("/api/v1/advice").then().statusCode(200)
                .body("candidates.organisationId", not(hasItem("test-advies-groep")));
        sql("insert into organisation (id, name, kind, approach, country, description, audiences, behaviours, source_document, "
                + "source_section, verified_at) values ('test-advies-groep', 'Testgroep (voorbeeldgegevens)', 'FAMILY_GROUP', "
                + "'NOT_APPLICABLE', 'NL', 'Test.', array['PARTNER'], array['GAMBLING'], 'test', 'test', date '2026-01-01')");
        try {
            as(TestTokens.medewerker()).queryParam("size", 100).body(body).post("/api/v1/advice").then().statusCode(200)
                    .body("candidates.find { it.organisationId == 'test-advies-groep' }.verdict", equalTo("FITS_NOW"));
        } finally {
            sql("delete from organisation where id = 'test-advies-groep'");
        }
        as(TestTokens.medewerker()).queryParam("size", 100).body(body).post("/api/v1/advice").then().statusCode(200)
                .body("candidates.organisationId", not(hasItem("test-advies-groep")));
    }

    @Test
    void aDualDiagnosisGroupOfTheDirectoryAvoidsTheDualDiagnosisCaution() throws Exception {
        sql("insert into self_help_group (slug, organisation_id, name, audiences, behaviours, open_meeting, dual_diagnosis, demo) "
                + "values ('test-dd-groep', 'aa-nederland', 'AA dubbele diagnose (voorbeeldgegevens)', array['PERSON'], "
                + "array['ALCOHOL'], false, true, true)");
        sql("insert into meeting (slug, group_id, frequency, day_of_week, start_time) select 'test-dd-maandag', id, 'WEEKLY', 1, "
                + "time '19:30' from self_help_group where slug = 'test-dd-groep'");
        try {
            as(TestTokens.medewerker()).queryParam("size", 100).queryParam("organisation", "aa-nederland").body("""
                    {"relation": "PERSON", "behaviours": ["ALCOHOL"], "abstinenceWish": true, "psychiatricSymptoms": ["PSYCHOSIS"]}""")
                    .post("/api/v1/advice").then().statusCode(200)
                    .body("candidates.find { it.groupId == 'test-dd-groep' }.organisationId", equalTo("aa-nederland"))
                    .body("candidates.find { it.groupId == 'test-dd-groep' }.nextMeetingAt", notNullValue())
                    .body("candidates.find { it.groupId == 'test-dd-groep' }.cautions.code", not(hasItem("CAUTION_DUAL_DIAGNOSIS_GROUP")))
                    .body("candidates.find { it.groupId == 'test-dd-groep' }.cautions.code", hasItem("CAUTION_SEVERE_PSYCHIATRIC"))
                    .body("candidates.find { it.groupId == 'test-dd-groep' }.route.steps.code", not(hasItem("ROUTE_GO_ALONG_OPEN_MEETING")))
                    .body("candidates.find { it.groupId == 'test-dd-groep' }.scoreParts.code", hasItem("DUAL_DIAGNOSIS_GROUPS"))
                    .body("candidates[0].groupId", equalTo("test-dd-groep"))
                    .body("candidates.find { it.organisationId == 'aa-nederland' && it.groupId == null }.cautions.code",
                            hasItem("CAUTION_DUAL_DIAGNOSIS_GROUP"));
        } finally {
            sql("delete from self_help_group where slug = 'test-dd-groep'");
        }
    }

    @Test
    void aPlaceGivesTheNearestLocalGroupsAndTheHomeCountry() throws Exception {
        sql("insert into location (city, country, latitude, longitude, demo) values ('Zeist', 'NL', 52.09, 5.23, true), "
                + "('Groningen', 'NL', 53.22, 6.57, true)");
        sql("insert into self_help_group (slug, organisation_id, name, audiences, behaviours, open_meeting, dual_diagnosis, demo, "
                + "location_id) select 'test-afstand-' || lower(l.city), 'al-anon', 'Al-Anon ' || l.city || ' (voorbeeldgegevens)', "
                + "array['PARTNER'], array['ALCOHOL'], true, false, true, l.id from location l where l.city in ('Zeist', 'Groningen') "
                + "and l.demo");
        String partner = "{\"relation\": \"PARTNER\", \"behaviours\": [\"ALCOHOL\"]%s}";
        try {
            as(TestTokens.medewerker()).body(partner.formatted(", \"place\": \"utrecht\"")).post("/api/v1/advice").then()
                    .statusCode(200)
                    .body("origin.place", containsString("Utrecht"))
                    .body("origin.homeCountry", equalTo("NL"))
                    .body("origin.homeCountrySource", equalTo("PLACE"))
                    .body("candidates.find { it.organisationId == 'al-anon' }.localGroups.groupId", hasItem("test-afstand-zeist"))
                    .body("candidates.find { it.organisationId == 'al-anon' }.localGroups.groupId", not(hasItem("test-afstand-groningen")))
                    .body("candidates.find { it.organisationId == 'al-anon' }.localGroups[0].distanceKm",
                            org.hamcrest.Matchers.lessThan(15f));
            as(TestTokens.medewerker()).body(partner.formatted(", \"latitude\": 53.2, \"longitude\": 6.56")).post("/api/v1/advice")
                    .then().statusCode(200)
                    .body("origin.place", org.hamcrest.Matchers.nullValue())
                    .body("candidates.find { it.organisationId == 'al-anon' }.localGroups[0].groupId", equalTo("test-afstand-groningen"));
            as(TestTokens.medewerker()).body(partner.formatted("")).post("/api/v1/advice").then().statusCode(200)
                    .body("origin.homeCountry", org.hamcrest.Matchers.nullValue())
                    .body("candidates.localGroups.flatten()", org.hamcrest.Matchers.empty());
        } finally {
            sql("delete from self_help_group where slug like 'test-afstand-%'");
            sql("delete from location where demo and city in ('Zeist', 'Groningen') and address is null");
        }
    }

    @Test
    void aParentOfADrinkerFindsAFamilyGroupAtHome() {
        // V90 (inference, docs/advice-seed-choices.md): Al-Anon Familiegroepen (002, Bijlage 3) is there for parents too
        as(TestTokens.medewerker()).queryParam("size", 100).body("""
                {"relation": "PARENT", "behaviours": ["ALCOHOL"], "country": "NL"}""")
                .post("/api/v1/advice").then().statusCode(200)
                .body("candidates.find { it.organisationId == 'al-anon' }.verdict", equalTo("FITS_NOW"));
    }

    @Test
    void anUnknownPlaceOrHalfAPointIsRefused() {
        as(TestTokens.medewerker()).body("""
                {"relation": "PARTNER", "behaviours": ["ALCOHOL"], "place": "Qqqxyzwv"}""")
                .post("/api/v1/advice").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("place")));
        as(TestTokens.medewerker()).body("""
                {"relation": "PARTNER", "behaviours": ["ALCOHOL"], "latitude": 52.1}""")
                .post("/api/v1/advice").then().statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("longitude")));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        as(TestTokens.medewerker()).body("""
                {"relation": "PERSON", "behaviours": ["ALCOHOL"], "name": "Jan", "bsn": "123456782"}""")
                .post("/api/v1/advice").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("bsn", "name")))
                .body("errors[0].message", containsString("BSN"));
    }

    @Test
    void theLevelComesWithItsCitedReasons() {
        as(TestTokens.medewerker()).body("""
                {"relation": "PERSON", "behaviours": ["ALCOHOL"], "treatmentPhase": "INTAKE"}""")
                .post("/api/v1/advice").then().statusCode(200)
                .body("level.level", equalTo("VOORLICHTING"))
                .body("level.reasons.code", hasItem("MOMENT_INTAKE"))
                .body("level.reasons.quote", everyItem(notNullValue()))
                .body("candidates.route", everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void aSubstanceAndAWishToStopRaiseTheWithdrawalSignal() {
        as(TestTokens.epd()).body("""
                {"relation": "PERSON", "substances": ["GHB"], "abstinenceWish": true}""")
                .post("/api/v1/advice").then().statusCode(200)
                .body("actFirst", equalTo(true))
                .body("riskSignals[0].signal", equalTo("DANGEROUS_WITHDRAWAL_GHB"))
                .body("riskSignals[0].derivation.quote", containsString("GHB"))
                .body("candidates.organisationId", hasItem("na-nederland"));
    }

    @Test
    void theDefaultAnswerStaysSmall() {
        String body = as(TestTokens.medewerker()).body("""
                {"relation": "PERSON", "behaviours": ["ALCOHOL", "DRUGS", "MEDICATION"], "abstinenceWish": true,
                 "psychiatricSymptoms": ["PSYCHOSIS"], "medication": ["METHADONE"], "characteristics": ["SEVERE_ADDICTION",
                 "LOW_SOCIAL_INTEGRATION", "NEED_PEER_CONTACT", "RECIDIVIST"], "place": "Eindhoven"}""")
                .post("/api/v1/advice").then().statusCode(200).extract().asString();
        assertTrue(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 30 * 1024, "answer of " + body.length());
    }

    @Inject
    jakarta.transaction.UserTransaction tx;

    private void sql(String statement) throws Exception {
        tx.begin();
        em.createNativeQuery(statement).executeUpdate();
        tx.commit();
    }

    private int latestPublished() {
        return (Integer) em.createQuery("select max(c.version) from CriteriaCatalogue c where c.status = "
                + "nl.zelfhulpwijzer.common.versioning.VersionStatus.PUBLISHED").getSingleResult();
    }

    private Map<String, Long> tableCounts() {
        return Map.of(
                "organisation", (Long) em.createQuery("select count(o) from Organisation o").getSingleResult(),
                "criterion", (Long) em.createQuery("select count(c) from CatalogueCriterion c").getSingleResult(),
                "catalogue", (Long) em.createQuery("select count(c) from CriteriaCatalogue c").getSingleResult());
    }
}
