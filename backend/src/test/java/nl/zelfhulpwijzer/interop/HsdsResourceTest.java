package nl.zelfhulpwijzer.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.interop.hsds.HsdsMapper;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestClock;

/** The HSDS 3.0 read API: root, services (list and nested), organizations, in the HSDS paging shape. */
@QuarkusTest
class HsdsResourceTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    DirectoryFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        TestClock.fix(DirectoryFixtures.WEDNESDAY_NOON);
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
    }

    @Test
    void rootNamesTheVersion() {
        given().filter(Contract.validated()).get("/hsds/").then().statusCode(200).body("version", equalTo("3.0"));
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
}
