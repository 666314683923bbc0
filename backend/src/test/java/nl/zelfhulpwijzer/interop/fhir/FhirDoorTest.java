package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.TestTokens;

/** The FHIR door over HTTP: every answer passes the R4 validator; errors are OperationOutcomes in Dutch. */
@QuarkusTest
class FhirDoorTest extends FixturesOnWednesdayNoon {

    /** A value for each search parameter that the CapabilityStatement lists, that matches at least one fixture. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("Organization?_id", "aa-nederland"), Map.entry("Organization?_lastUpdated", "ge2000-01-01"),
            Map.entry("Organization?name", "al-"), Map.entry("Organization?identifier", "aa-nederland"),
            Map.entry("Organization?active", "true"), Map.entry("Organization?partof", "Organization/al-anon"),
            Map.entry("Location?_id", "1"), Map.entry("Location?_lastUpdated", "ge2000-01-01"),
            Map.entry("Location?near", "52.09|5.12|10|km"), Map.entry("Location?address-postalcode", "3511"),
            Map.entry("Location?address-city", "utr"),
            Map.entry("HealthcareService?_id", "test-aa-utrecht"), Map.entry("HealthcareService?_lastUpdated", "ge2000-01-01"),
            Map.entry("HealthcareService?name", "AA Utr"), Map.entry("HealthcareService?organization", "Organization/aa-nederland"),
            Map.entry("HealthcareService?location", "Location/1"), Map.entry("HealthcareService?active", "true"),
            Map.entry("Task?_lastUpdated", "ge2000-01-01"), Map.entry("Task?status", "requested,accepted"),
            Map.entry("Task?owner", "Organization/aa-nederland"), Map.entry("Subscription?url", "http://localhost:9/hook"),
            Map.entry("Task?requester", FhirCodes.INSTITUTION + "|" + TestTokens.INSTITUTION),
            Map.entry("AuditEvent?entity", FhirCodes.CLIENT_REF + "|epd-door-1"), Map.entry("AuditEvent?date", "ge2000-01-01"));

    static final String SUBSCRIPTION = """
            {"resourceType": "Subscription", "status": "requested", "reason": "Meldingen voor ons EPD", "criteria": "Task",
             "channel": {"type": "rest-hook", "endpoint": "%s", "payload": "application/json"}}""";

    /** Referrals need a login, the audit log a beheerder's (and always one client); the directory is public. */
    private static RequestSpecification as(String type) {
        return switch (type) {
            case "Task", "ServiceRequest", "Subscription" -> given().header("Authorization", "Bearer " + TestTokens.epd());
            case "AuditEvent" -> given().header("Authorization", "Bearer " + TestTokens.beheerder())
                    .queryParam(FhirSearchSupport.ENTITY_BY_IDENTIFIER, SAMPLES.get("AuditEvent?entity"));
            default -> given();
        };
    }


    static String valid(Response response, int status) {
        String json = response.then().statusCode(status).contentType(containsString("application/fhir+json")).extract().asString();
        FhirValidation.assertValid(json);
        return json;
    }

    @Test
    void everyListedInteractionAndSearchParameterWorks() {
        JsonPath cs = JsonPath.from(valid(given().get("/fhir/metadata"), 200));
        assertEquals("4.0.1", cs.getString("fhirVersion"));
        List<Map<String, Object>> resources = cs.getList("rest[0].resource");
        String locationId = JsonPath.from(valid(given().get("/fhir/Location?address-city=Utrecht"), 200))
                .getString("entry[0].resource.id");
        assertEquals("transaction", cs.getString("rest[0].interaction[0].code"));
        String created = valid(as("Task").contentType(FhirJson.MEDIA_TYPE).body(FhirContext.forR4Cached().newJsonParser()
                .encodeResourceToString(ReferralBundles.referral("epd-door-1"))).post("/fhir"), 200);
        String referralId = JsonPath.from(created).getString("entry[1].resource.id");
        Map<String, String> made = new java.util.HashMap<>();
        for (Map<String, Object> resource : resources) {
            String type = (String) resource.get("type");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> interactions = (List<Map<String, String>>) resource.get("interaction");
            for (Map<String, String> interaction : interactions) {
                switch (interaction.get("code")) {
                    case "create" -> made.put(type, JsonPath.from(valid(as(type).contentType(FhirJson.MEDIA_TYPE)
                            .body(SUBSCRIPTION.formatted("http://localhost:9/hook")).post("/fhir/" + type), 201)).getString("id"));
                    case "delete" -> {
                        // a second one, so the one made above stays for the search parameters below
                        String gone = JsonPath.from(valid(as(type).contentType(FhirJson.MEDIA_TYPE)
                                .body(SUBSCRIPTION.formatted("http://localhost:9/gone")).post("/fhir/" + type), 201)).getString("id");
                        as(type).delete("/fhir/" + type + "/" + gone).then().statusCode(204);
                        valid(as(type).get("/fhir/" + type + "/" + gone), 404);
                    }
                    case "search-type" -> assertTrue(JsonPath.from(valid(as(type).get("/fhir/" + type), 200)).getInt("total") > 0);
                    case "update" -> {
                        Response read = as(type).get("/fhir/" + type + "/" + referralId);
                        String accepted = read.asString().replace("\"status\":\"requested\"", "\"status\":\"accepted\"");
                        valid(as(type).contentType(FhirJson.MEDIA_TYPE).header("If-Match", read.header("ETag")).body(accepted)
                                .put("/fhir/" + type + "/" + referralId), 200);
                    }
                    case "history-type" -> valid(given().get("/fhir/" + type + "/_history?_since=2000-01-01T00:00:00Z"), 200);
                    // our extension's definition is the one the validator loads; validating it as an instance asks the
                    // validator to regenerate its snapshot, which fails inside HAPI 8.8.0 (package id "#null")
                    case "read" -> {
                        if (type.equals("StructureDefinition")) {
                            given().get("/fhir/StructureDefinition/laatst-gecontroleerd").then().statusCode(200)
                                    .body("url", equalTo(FhirCodes.LAST_VERIFIED));
                        } else {
                            String id = switch (type) {
                                case "Task", "ServiceRequest" -> referralId;
                                case "Subscription" -> made.get(type);
                                case "AuditEvent" -> JsonPath.from(valid(as(type).get("/fhir/AuditEvent"), 200)).getString("entry[0].resource.id");
                                default -> readableId(type, locationId);
                            };
                            valid((type.equals("AuditEvent") ? given().header("Authorization", "Bearer " + TestTokens.beheerder()) : as(type))
                                    .get("/fhir/" + type + "/" + id), 200);
                        }
                    }
                    default -> throw new AssertionError("not tested: " + interaction);
                }
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> params = (List<Map<String, String>>) resource.getOrDefault("searchParam", List.of());
            for (Map<String, String> param : params) {
                String key = type + "?" + param.get("name");
                assertTrue(SAMPLES.containsKey(key), "no sample for " + key);
                String value = SAMPLES.get(key).replace("Location/1", "Location/" + locationId);
                String name = FhirSearchSupport.BY_IDENTIFIER_ONLY.contains(param.get("name")) ? param.get("name") + ":identifier"
                        : param.get("name");
                if (key.equals("AuditEvent?entity")) {
                    continue; // always sent by as("AuditEvent")
                }
                String json = valid(as(type).queryParam(name, key.equals("Location?_id") ? locationId : value)
                        .get("/fhir/" + type), 200);
                assertTrue(JsonPath.from(json).getInt("total") > 0, key + " found nothing");
            }
            for (String include : listed(resource, "searchInclude")) {
                valid(given().queryParam("_include", include).get("/fhir/" + type), 200);
            }
            for (String revInclude : listed(resource, "searchRevInclude")) {
                valid(given().queryParam("_revinclude", revInclude).get("/fhir/" + type), 200);
            }
        }
    }

    private static String readableId(String type, String locationId) {
        return switch (type) {
            case "Organization" -> "aa-nederland";
            case "Location" -> locationId;
            case "HealthcareService" -> "test-aa-utrecht";
            case "CodeSystem" -> "verslaving";
            default -> throw new AssertionError(type);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> listed(Map<String, Object> resource, String key) {
        return (List<String>) resource.getOrDefault(key, List.of());
    }

    @Test
    void healthcareServiceCarriesTheGroupAsMcsd() {
        JsonPath hs = JsonPath.from(valid(given().get("/fhir/HealthcareService/test-aa-utrecht"), 200));
        assertEquals("Organization/aa-nederland", hs.getString("providedBy.reference"));
        assertEquals(List.of("wed", "sat"), hs.getList("availableTime.daysOfWeek.flatten()"));
        assertEquals("19:30:00", hs.getString("availableTime[0].availableStartTime"));
        assertEquals(List.of("nl", "en"), hs.getList("communication.coding.flatten().code"));
        assertTrue(hs.getList("type.coding.flatten().display").contains("Alcohol"));
        assertEquals("Persoon met een verslaving", hs.getString("eligibility[0].code.coding[0].display"));
        assertTrue(hs.getList("extension.url").contains(FhirCodes.LAST_VERIFIED));
        JsonPath monthly = JsonPath.from(valid(given().get("/fhir/HealthcareService/test-al-anon-amersfoort"), 200));
        assertEquals("Elke 2e maandag van de maand om 20:00.", monthly.getString("availabilityExceptions"));
    }

    @Test
    void nearGivesDistanceInKmAndIncludesTheGroupsThere() {
        JsonPath bundle = JsonPath.from(valid(given().get(
                "/fhir/Location?near=52.09|5.12|30|km&_revinclude=HealthcareService:location"), 200));
        assertEquals("Wijkcentrum Test", bundle.getString("entry[0].resource.name"));
        assertEquals("km", bundle.getString("entry[0].search.extension[0].valueDistance.code"));
        assertTrue(bundle.getDouble("entry[0].search.extension[0].valueDistance.value") < 1);
        assertTrue(bundle.getList("entry.resource.name").contains("AA Utrecht De Bron"));
        assertFalse(bundle.getList("entry.resource.address.city").contains("Gent"));
    }

    @Test
    void pagingIsStatelessWithOffsetLinks() {
        JsonPath first = JsonPath.from(valid(given().get("/fhir/HealthcareService?_count=2"), 200));
        String next = first.getString("link.find { it.relation == 'next' }.url");
        assertTrue(next.contains("_offset=2"), next);
        JsonPath second = JsonPath.from(valid(given().get(next.substring(next.indexOf("/fhir/"))), 200));
        assertFalse(second.getList("entry.resource.id").contains(first.getString("entry[0].resource.id")));
    }

    @Test
    void unknownParametersAndRecordsAreOperationOutcomesInDutch() {
        valid(given().get("/fhir/HealthcareService?naam=AA&name:contains=AA&_include=*"), 400);
        given().get("/fhir/HealthcareService?naam=AA").then().statusCode(400)
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue.diagnostics", hasItem(containsString("naam: Deze zoekparameter kent de FHIR-ingang hier niet")));
        given().get("/fhir/Location?near=52|5|1000|km").then().statusCode(400).body("issue.diagnostics", hasItem(containsString("near")));
        valid(given().get("/fhir/HealthcareService/bestaat-niet"), 404);
        valid(given().get("/fhir/CodeSystem/bestaat-niet"), 404);
        given().get("/fhir/HealthcareService/bestaat-niet").then().body("issue[0].code", equalTo("not-found"))
                .body("issue[0].diagnostics", containsString("bestaat-niet"));
    }

    @Test
    void demoDataStayLabelledAndCodeSystemsAreDutch() {
        JsonPath cs = JsonPath.from(valid(given().get("/fhir/CodeSystem/doelgroep"), 200));
        assertTrue(cs.getList("concept.display").contains("Partner"));
        given().get("/fhir/CodeSystem/gegevenslabel").then().statusCode(200).body("concept.code", hasItems("voorbeeldgegevens"));
    }

    @Test
    void jsonApiAndFhirDoorGiveTheSameGroup() {
        JsonPath json = given().get("/api/v1/groups/test-na-gent").then().statusCode(200).extract().jsonPath();
        JsonPath fhir = JsonPath.from(valid(given().get("/fhir/HealthcareService/test-na-gent"), 200));
        assertEquals(json.getString("name"), fhir.getString("name"));
        assertEquals("Organization/" + json.getString("organisation.id"), fhir.getString("providedBy.reference"));
        assertEquals(json.getList("languages"), fhir.getList("communication.coding.flatten().code"));
        assertEquals(json.getList("audiences"), fhir.getList("eligibility.code.coding.flatten().code"));
        assertEquals(json.getList("behaviours"), fhir.getList("type.coding.flatten().findAll { it.system.endsWith('verslaving') }.code"));
        assertEquals(json.getList("meetings").size(), fhir.getList("availableTime").size());
        assertEquals(json.getString("location.city"), JsonPath.from(valid(given().get("/fhir/" + fhir.getString("location[0].reference")), 200))
                .getString("address.city"));
    }
}
