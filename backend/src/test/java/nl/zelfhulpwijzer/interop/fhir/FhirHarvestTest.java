package nl.zelfhulpwijzer.interop.fhir;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * What a national directory harvesting with {@code _history} sees: deactivated organisations and groups (the directory
 * never deletes them) as a new version with active=false, keys longer than FHIR allows as valid ids of at most 64
 * characters, and online meetings as a virtual Location.
 */
@QuarkusTest
class FhirHarvestTest {

    private static final String LONG = "-met-een-sleutel-die-langer-is-dan-een-fhir-id-mag-zijn";

    @Inject
    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures.ensure();
    }

    private static RequestSpecification coordinator() {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TestTokens.coordinator());
    }

    private static JsonPath fhir(String path) {
        return JsonPath.from(FhirDoorTest.valid(given().get(path), 200));
    }

    /** The entries of a type's _history since a moment: id to active. */
    private static Map<String, Boolean> historySince(String type, String since) {
        JsonPath history = fhir("/fhir/" + type + "/_history?_count=100&_since=" + since);
        Map<String, Boolean> active = new HashMap<>();
        List<String> ids = history.getList("entry.resource.id");
        for (int i = 0; i < ids.size(); i++) {
            active.put(ids.get(i), history.getBoolean("entry[" + i + "].resource.active"));
        }
        return active;
    }

    private static String organisation(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Steunpunt Oogsttest " + id.substring(11, 19));
        body.put("kind", "SUPPORT_POINT");
        body.put("approach", "NOT_APPLICABLE");
        body.put("country", "NL");
        body.put("status", "ACTIVE");
        body.put("description", "Steunpunt om het oogsten met FHIR te testen.");
        body.put("audiences", List.of("PERSON"));
        body.put("behaviours", List.of("ALCOHOL"));
        body.put("contactPoints", List.of());
        body.put("source", Map.of("document", "https://www.steunpunt-voorbeeld.nl", "section", "Over ons"));
        return coordinator().body(body).post("/api/v1/organisations").then().statusCode(201).extract().header("ETag");
    }

    private static void group(String slug, String organisationId) {
        coordinator().body(Map.of("slug", slug, "organisationId", organisationId, "name", "Praatgroep Oogsttest",
                "location", Map.of("address", "Dorpsstraat 5", "postcode", "3701 AB", "city", "Zeist", "country", "NL",
                        "latitude", 52.09, "longitude", 5.23),
                "audiences", List.of("PERSON"))).post("/api/v1/groups").then().statusCode(201);
    }

    @Test
    void longKeysGetValidIdsThatReadSearchAndInclude() {
        String random = UUID.randomUUID().toString().substring(0, 8);
        String orgKey = "fhir-oogst-" + random + LONG;
        String groupKey = "fhir-oogst-groep-" + random + LONG;
        organisation(orgKey);
        group(groupKey, orgKey);
        String orgId = FhirIds.of(orgKey);
        String groupId = FhirIds.of(groupKey);
        assertTrue(orgKey.length() > 64 && groupKey.length() > 64);
        assertEquals(64, orgId.length());
        assertEquals(64, groupId.length());

        JsonPath hs = fhir("/fhir/HealthcareService/" + groupId);
        assertEquals(groupId, hs.getString("id"));
        assertEquals(groupKey, hs.getString("identifier[0].value"), "the identifier keeps the whole key");
        assertEquals("Organization/" + orgId, hs.getString("providedBy.reference"));
        assertEquals(orgKey, fhir("/fhir/Organization/" + orgId).getString("identifier[0].value"));
        JsonPath byOrganisation = fhir("/fhir/HealthcareService?organization=Organization/" + orgId
                + "&_include=HealthcareService:organization");
        assertEquals(List.of(groupId, orgId), byOrganisation.getList("entry.resource.id"));
        assertEquals(List.of(groupId), fhir("/fhir/HealthcareService?_id=" + groupId).getList("entry.resource.id"));
        assertEquals(List.of(orgId, groupId), fhir("/fhir/Organization?_id=" + orgId
                + "&_revinclude=HealthcareService:organization").getList("entry.resource.id"));
        String otherHash = groupId.substring(0, 63) + (groupId.endsWith("0") ? "1" : "0");
        FhirDoorTest.valid(given().get("/fhir/HealthcareService/" + otherHash), 404);
    }

    @Test
    void deactivatedOrganisationsAndGroupsAppearInHistoryAsInactive() {
        String random = UUID.randomUUID().toString().substring(0, 8);
        String orgKey = "fhir-oogst-" + random;
        String groupKey = orgKey + "-groep";
        String orgTag = organisation(orgKey);
        group(groupKey, orgKey);
        group(groupKey + "-twee", orgKey);
        String created = fhir("/fhir/HealthcareService/" + groupKey).getString("meta.lastUpdated");
        String afterCreation = Instant.parse(created).plusMillis(1).toString();
        assertTrue(historySince("HealthcareService", created).get(groupKey));

        String groupTag = given().get("/api/v1/groups/" + groupKey).then().statusCode(200).extract().header("ETag");
        coordinator().header("If-Match", groupTag).post("/api/v1/groups/" + groupKey + "/deactivate").then().statusCode(200);
        Map<String, Boolean> groups = historySince("HealthcareService", afterCreation);
        assertEquals(Boolean.FALSE, groups.get(groupKey), "the deactivated group is a new version with active=false");
        assertEquals(List.of(false), fhir("/fhir/HealthcareService?_id=" + groupKey + "&active=false").getList("entry.resource.active"));

        String beforeOrganisation = fhir("/fhir/HealthcareService/" + groupKey + "-twee").getString("meta.lastUpdated");
        coordinator().header("If-Match", orgTag).post("/api/v1/organisations/" + orgKey + "/deactivate").then().statusCode(200);
        String since = Instant.parse(beforeOrganisation).plusMillis(1).toString();
        assertEquals(Boolean.FALSE, historySince("Organization", since).get(orgKey));
        assertEquals(Boolean.FALSE, historySince("HealthcareService", since).get(groupKey + "-twee"),
                "a group of a deactivated organisation is harvested again, now inactive");
    }

    @Test
    void onlineMeetingsMeetInAVirtualLocation() {
        JsonPath hs = fhir("/fhir/HealthcareService/test-agog-online");
        assertEquals("Location", hs.getString("contained[0].resourceType"));
        assertEquals("vi", hs.getString("contained[0].physicalType.coding[0].code"));
        assertEquals("instance", hs.getString("contained[0].mode"));
        assertEquals(List.of("https://meet.example/agog2", "https://meet.example/agog"), hs.getList("contained[0].telecom.value"),
                "in the order of the meetings (11:30, 12:30)");
        assertTrue(hs.getList("location.reference").contains("#online"));
        JsonPath included = fhir("/fhir/HealthcareService?_id=test-agog-online&_include=HealthcareService:location");
        assertEquals(1, included.getList("entry").size(), "the virtual place has no id of its own to include");
        JsonPath hybrid = fhir("/fhir/HealthcareService/test-aa-utrecht");
        assertEquals(List.of("https://meet.example/aa"), hybrid.getList("contained[0].telecom.value"), "hybrid: also online");
        assertEquals(2, hybrid.getList("location").size(), "hybrid: its building and the virtual place");
        assertNull(fhir("/fhir/HealthcareService/test-al-anon-amersfoort").get("contained"), "in person only");
    }
}
