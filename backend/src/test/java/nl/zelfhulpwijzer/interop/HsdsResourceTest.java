package nl.zelfhulpwijzer.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.interop.hsds.HsdsMapper;
import nl.zelfhulpwijzer.interop.hsds.HsdsTaxonomy;
import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The HSDS 3.0 read API: root, services (list and nested), organizations, in the HSDS paging shape. */
@QuarkusTest
class HsdsResourceTest extends FixturesOnWednesdayNoon {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    EntityManager em;

    @Test
    void rootNamesTheVersion() {
        given().filter(Contract.validated()).get("/hsds/").then().statusCode(200).body("version", equalTo("3.0"))
                .body("openapi_url", matchesPattern("https?://.+/q/openapi"));
    }

    @Test
    void servicesListHasTheHsdsPageShapeAndOneToOneFields() {
        given().filter(Contract.validated()).get("/hsds/services?per_page=2&page=1").then().statusCode(200)
                .body("total_items", greaterThanOrEqualTo(5))
                .body("total_pages", greaterThanOrEqualTo(3))
                .body("page_number", equalTo(1))
                .body("size", equalTo(2))
                .body("first_page", equalTo(true))
                .body("last_page", equalTo(false))
                .body("empty", equalTo(false))
                .body("contents.id", everyItem(matchesPattern(UUID)))
                .body("contents.status", everyItem(equalTo("active")))
                .body("contents", everyItem(not(hasKey("schedules"))));
        given().filter(Contract.validated()).get("/hsds/services?search=methadon").then().statusCode(200)
                .body("contents.name", hasItem("NA Gent Nieuw Begin"));
        String org = HsdsMapper.uuid("organisation", "al-anon");
        given().filter(Contract.validated()).get("/hsds/services?organization_id=" + org).then().statusCode(200)
                .body("contents.organization_id", everyItem(equalTo(org)))
                .body("contents.name", hasItem("Al-Anon Amersfoort"));
        given().get("/hsds/services?modified_after=2999-01-01T00:00:00Z").then().statusCode(200).body("empty", equalTo(true));
        given().get("/hsds/services?per_page=500&page=nul").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("per_page"));
    }

    @Test
    void oneServiceIsFullyNested() {
        String id = HsdsMapper.uuid("group", "test-al-anon-amersfoort");
        given().filter(Contract.validated()).get("/hsds/services/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("organization.name", containsString("Al-Anon"))
                .body("schedules[0].freq", equalTo("MONTHLY"))
                .body("schedules[0].byday", equalTo("2MO"))
                .body("schedules[0].opens_at", equalTo("20:00+01:00"))
                .body("schedules[0].timezone", equalTo(1.0f))
                .body("service_at_locations[0].location.location_type", equalTo("physical"))
                .body("service_at_locations[0].location.addresses[0].postal_code", equalTo("3811 CD"))
                .body("service_at_locations[0].location.addresses[0].country", equalTo("NL"))
                .body("languages.code", hasItem("nl"))
                .body("assured_date", matchesPattern("\\d{4}-\\d\\d-\\d\\d"))
                .body("eligibility_description", containsString("partners"));
        given().get("/hsds/services/" + HsdsMapper.uuid("group", "bestaat-niet")).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/hsds/services/test-al-anon-amersfoort").then().statusCode(200)
                .body("id", equalTo(HsdsMapper.uuid("group", "test-al-anon-amersfoort")));
    }

    @Test
    void theSqlUuidIsTheJavaUuid() {
        // V42's hsds_uuid() finds groups by HSDS id in SQL; it must give what HsdsMapper.uuid gives
        for (String key : List.of("test-aa-utrecht", "voorbeeld-gent-ééé-ß", "x")) {
            assertEquals(HsdsMapper.uuid("group", key), em.createNativeQuery("select cast(hsds_uuid('group', :key) as varchar)")
                    .setParameter("key", key).getSingleResult(), key);
        }
    }

    @Test
    void organizationsWithParent() {
        given().filter(Contract.validated()).get("/hsds/organizations?per_page=100").then().statusCode(200)
                .body("total_items", greaterThanOrEqualTo(19))
                .body("contents.name", hasItem("Anonieme Alcoholisten Nederland"));
        given().filter(Contract.validated()).get("/hsds/organizations/" + HsdsMapper.uuid("organisation", "alateen-al-anon-aca"))
                .then().statusCode(200)
                .body("parent_organization_id", equalTo(HsdsMapper.uuid("organisation", "al-anon")));
        given().get("/hsds/organizations/onbekend").then().statusCode(404);
    }

    @Test
    void organizationsFullAndSearchAndNdjson() {
        String alAnon = HsdsMapper.uuid("organisation", "al-anon");
        given().filter(Contract.validated()).get("/hsds/organizations/" + alAnon).then().statusCode(200)
                .body("services.name", hasItem("Al-Anon Amersfoort"))
                .body("services", everyItem(not(hasKey("schedules"))))
                .body("attributes.taxonomy_term.name", hasItem("Groep voor naasten"));
        given().filter(Contract.validated()).get("/hsds/organizations/" + alAnon + "?full_service=true").then().statusCode(200)
                .body("services.find { it.name == 'Al-Anon Amersfoort' }.schedules[0].byday", equalTo("2MO"));
        given().filter(Contract.validated()).get("/hsds/organizations?search=al-anon&per_page=100").then().statusCode(200)
                .body("contents.id", hasItem(alAnon))
                .body("contents", everyItem(not(hasKey("phones"))));
        given().filter(Contract.validated()).get("/hsds/organizations?full=true&per_page=100").then().statusCode(200)
                .body("contents.find { it.id == '" + alAnon + "' }.services.name", hasItem("Al-Anon Amersfoort"));
        given().filter(Contract.validated()).get("/hsds/organizations?format=ndjson").then().statusCode(200)
                .contentType("application/x-ndjson").body(containsString("\"name\":\"Anonieme Alcoholisten Nederland\""));
        given().get("/hsds/organizations?full=ja&format=xml").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("full", "format"));
        given().get("/hsds/organizations/" + alAnon + "?full_service=misschien").then().statusCode(400);
    }

    @Test
    void servicesMinimalNdjsonAndTaxonomyFilters() {
        given().filter(Contract.validated()).get("/hsds/services?minimal=true").then().statusCode(200)
                .body("size", greaterThanOrEqualTo(5))
                .body("contents[0]", hasKey("last_modified"))
                .body("contents", everyItem(not(hasKey("description"))))
                .body("contents", everyItem(not(hasKey("organization_id"))));
        given().get("/hsds/services?minimal=true&per_page=1000").then().statusCode(200);
        given().get("/hsds/services?per_page=1000").then().statusCode(400).body("errors.field", hasItem("per_page"));
        String ndjson = given().filter(Contract.validated()).get("/hsds/services?format=ndjson&search=amersfoort").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asString();
        int total = given().get("/hsds/services?search=amersfoort").then().statusCode(200).extract().path("total_items");
        assertEquals(total, ndjson.lines().count(), ndjson);
        assertTrue(ndjson.contains("\"name\":\"Al-Anon Amersfoort\""), ndjson);
        String partner = HsdsTaxonomy.term(HsdsTaxonomy.Dimension.AUDIENCE, "PARTNER").id();
        given().filter(Contract.validated()).get("/hsds/services?taxonomy_term_id=" + partner).then().statusCode(200)
                .body("contents.name", hasItem("Al-Anon Amersfoort"))
                .body("contents.name", not(hasItem("AA Utrecht De Bron")));
        String twelveStep = HsdsTaxonomy.term(HsdsTaxonomy.Dimension.APPROACH, "TWELVE_STEP").id();
        given().filter(Contract.validated()).get("/hsds/services?taxonomy_term_id=" + twelveStep).then().statusCode(200)
                .body("contents.name", hasItem("AA Utrecht De Bron"));
        given().filter(Contract.validated()).get("/hsds/services?taxonomy_id=" + HsdsTaxonomy.Dimension.BEHAVIOUR.id()).then()
                .statusCode(200).body("total_items", greaterThanOrEqualTo(5));
        given().get("/hsds/services?taxonomy_term_id=" + HsdsMapper.uuid("x", "y") + "&taxonomy_id=nee").then().statusCode(400)
                .body("errors.field", hasItems("taxonomy_term_id", "taxonomy_id"));
        // modified_after is "on or after" (HSDS openapi.json).
        given().get("/hsds/services?modified_after=2000-01-01T00:00:00Z").then().statusCode(200).body("empty", equalTo(false));
        given().get("/hsds/services?modified_after=gisteren").then().statusCode(400).body("errors.field", hasItem("modified_after"));
        String id = HsdsMapper.uuid("group", "test-al-anon-amersfoort");
        given().filter(Contract.validated()).get("/hsds/services/" + id).then().statusCode(200)
                .body("attributes.taxonomy_term.name", hasItems("Partner", "Familielid of naaste", "Alcohol", "12-stappen"))
                .body("attributes.link_entity", everyItem(equalTo("service")));
        // Public: a logged-in caller of any role gets the same.
        given().header("Authorization", "Bearer " + TestTokens.medewerker()).get("/hsds/services/" + id).then().statusCode(200);
    }

    @Test
    void serviceAtLocations() {
        String agog = HsdsMapper.uuid("group", "test-agog-online");
        given().filter(Contract.validated()).get("/hsds/service_at_locations?per_page=100").then().statusCode(200)
                .body("total_items", greaterThanOrEqualTo(5))
                .body("contents.find { it.service_id == '" + agog + "' }.location.location_type", equalTo("virtual"))
                .body("contents.find { it.service_id == '" + agog + "' }.location.name", equalTo("Online"))
                .body("contents", everyItem(hasKey("location")))
                .body("contents.location", everyItem(not(hasKey("addresses"))));
        String utrecht = HsdsMapper.uuid("group", "test-aa-utrecht");
        List<String> ids = given().filter(Contract.validated()).get("/hsds/service_at_locations?full=true&search=utrecht").then()
                .statusCode(200)
                .body("contents.find { it.location.location_type == 'physical' }.location.addresses[0].postal_code", equalTo("3511 AB"))
                .extract().jsonPath().getList("contents.findAll { it.service_id == '" + utrecht + "' }.id", String.class);
        // AA Utrecht meets in Utrecht, and one of its meetings is also online.
        assertEquals(2, ids.size(), ids.toString());
        for (String id : ids) {
            given().filter(Contract.validated()).get("/hsds/service_at_locations/" + id).then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("service.id", equalTo(utrecht))
                    .body("service.schedules.size()", equalTo(2))
                    .body("service", not(hasKey("service_at_locations")));
        }
        String agogOrganisation = HsdsMapper.uuid("organisation", "agog");
        given().filter(Contract.validated()).get("/hsds/service_at_locations?organization_id=" + agogOrganisation)
                .then().statusCode(200).body("contents.service_id", hasItem(agog))
                .body("contents.service.organization_id", everyItem(equalTo(agogOrganisation)));
        given().filter(Contract.validated()).get("/hsds/service_at_locations?format=ndjson").then().statusCode(200)
                .contentType("application/x-ndjson");
        given().get("/hsds/service_at_locations/" + HsdsMapper.uuid("x", "y")).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/hsds/service_at_locations?page=0").then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void taxonomiesAndTermsInDutch() {
        given().filter(Contract.validated()).get("/hsds/taxonomies").then().statusCode(200)
                .body("total_items", equalTo(4))
                .body("contents.name", hasItems("Doelgroep", "Middel of gedrag", "Werkwijze", "Soort aanbod"));
        String audience = HsdsTaxonomy.Dimension.AUDIENCE.id();
        given().filter(Contract.validated()).get("/hsds/taxonomies/" + audience).then().statusCode(200).body("name", equalTo("Doelgroep"));
        given().filter(Contract.validated()).get("/hsds/taxonomy_terms?per_page=100").then().statusCode(200)
                .body("total_items", equalTo(23))
                .body("contents.code", hasItems("PERSON", "GAMBLING", "TWELVE_STEP", "FAMILY_GROUP"));
        given().filter(Contract.validated()).get("/hsds/taxonomy_terms?taxonomy_id=" + audience + "&per_page=3&page=2").then()
                .statusCode(200)
                .body("total_items", equalTo(7)).body("total_pages", equalTo(3)).body("size", equalTo(3))
                .body("contents.taxonomy_id", everyItem(equalTo(audience)));
        given().filter(Contract.validated()).get("/hsds/taxonomy_terms?search=gokken").then().statusCode(200)
                .body("contents.code", equalTo(List.of("GAMBLING")));
        given().filter(Contract.validated()).get("/hsds/taxonomy_terms?parent_id=" + audience).then().statusCode(200)
                .body("empty", equalTo(true));
        String partner = HsdsTaxonomy.term(HsdsTaxonomy.Dimension.AUDIENCE, "PARTNER").id();
        given().filter(Contract.validated()).get("/hsds/taxonomy_terms/" + partner).then().statusCode(200)
                .body("name", equalTo("Partner")).body("taxonomy_detail.name", equalTo("Doelgroep"));
        given().filter(Contract.validated()).get("/hsds/taxonomy_terms?format=ndjson").then().statusCode(200)
                .contentType("application/x-ndjson");
        given().get("/hsds/taxonomy_terms/onbekend").then().statusCode(404).contentType("application/problem+json");
        given().get("/hsds/taxonomies/onbekend").then().statusCode(404).contentType("application/problem+json");
        given().get("/hsds/taxonomy_terms?taxonomy_id=onbekend&top_only=ja").then().statusCode(400)
                .body("errors.field", hasItems("taxonomy_id", "top_only"));
        given().header("Authorization", "Bearer " + TestTokens.coordinator()).get("/hsds/taxonomies").then().statusCode(200);
    }
}
