package nl.zelfhulpwijzer.interop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.zelfhulpwijzer.directory.DirectoryFixtures;
import nl.zelfhulpwijzer.directory.demo.DemoDataGenerator;
import nl.zelfhulpwijzer.interop.hsds.HsdsTaxonomy;
import nl.zelfhulpwijzer.support.HsdsSchemas;
import nl.zelfhulpwijzer.support.TestClock;

/**
 * Real responses of every /hsds endpoint checked against the official HSDS 3.0 JSON schemas (openreferral/specification,
 * branch 3.0; test resources hsds-3.0/): list pages against the response schema the HSDS openapi.json gives for that
 * path (the Page shape with its contents), single objects against the compiled schema.
 */
@QuarkusTest
class HsdsSchemaValidationTest {

    static final List<String> PAGE_FIELDS = List.of("total_items", "total_pages", "page_number", "size", "first_page",
            "last_page", "empty", "contents");

    @Inject
    DirectoryFixtures fixtures;

    /** Fictional demo groups (voorbeeldgegevens) give the variety the few fixtures lack: online, hybrid, monthly, approximate. */
    static final int DEMO_GROUPS = 60;

    @Inject
    DemoDataGenerator demo;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        demo.generate(DEMO_GROUPS, DemoDataGenerator.DEFAULT_SEED);
        TestClock.fix(DirectoryFixtures.WEDNESDAY_NOON);
    }

    @AfterEach
    void tearDown() {
        TestClock.reset();
        demo.clear();
    }

    static String get(String path) {
        return given().get(path).then().statusCode(200).contentType("application/json").extract().asString();
    }

    /** format=ndjson: one JSON object a line, no paging. */
    static String[] ndjson(String path) {
        String body = given().get(path).then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        assertTrue(body.endsWith("\n") && !body.isBlank(), "NDJSON ends every line with a newline");
        return body.split("\n");
    }

    /** The 200 response schema that the HSDS openapi.json gives for a path. */
    static String responseSchema(String hsdsPath) {
        return "openapi.json#/paths/" + hsdsPath.replace("~", "~0").replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema";
    }

    static JsonPath page(String hsdsPath, String query) {
        String json = get("/hsds" + hsdsPath + query);
        HsdsSchemas.assertValid(responseSchema(hsdsPath), json);
        JsonPath page = JsonPath.from(json);
        Map<String, Object> root = page.getMap("$");
        for (String field : PAGE_FIELDS) {
            assertTrue(root.containsKey(field), "HSDS page lacks " + field + ": " + json);
        }
        return page;
    }

    @Test
    void theSchemasReallyCheck() {
        // A guard against a validator that silently accepts everything (wrong dialect, unresolved $ref).
        List<String> service = HsdsSchemas.violations("compiled/service.json",
                "{\"id\": \"x\", \"name\": \"n\", \"status\": \"open\", \"url\": \"geen url\","
                        + " \"schedules\": [{\"id\": \"1\", \"freq\": \"DAILY\"}]}");
        assertTrue(service.stream().anyMatch(v -> v.startsWith("/id ") && v.endsWith("(format)")), service::toString);
        assertTrue(service.stream().anyMatch(v -> v.startsWith("/status ") && v.endsWith("(enum)")), service::toString);
        assertTrue(service.stream().anyMatch(v -> v.startsWith("/url ")), service::toString);
        assertTrue(service.stream().anyMatch(v -> v.startsWith("/schedules/0/freq ")), service::toString);
        List<String> page = HsdsSchemas.violations(responseSchema("/services"),
                "{\"total_items\": \"veel\", \"contents\": [{\"id\": \"4f3c0e1e-0000-3000-8000-000000000000\"}]}");
        assertTrue(page.stream().anyMatch(v -> v.startsWith("/total_items ")), page::toString);
        assertTrue(page.stream().anyMatch(v -> v.startsWith("/contents/0 ") && v.contains("name")), page::toString);
        List<String> term = HsdsSchemas.violations("taxonomy_term.json", "{\"id\": \"4f3c0e1e-0000-3000-8000-000000000000\"}");
        assertTrue(term.stream().anyMatch(v -> v.contains("name")), term::toString);
    }

    @Test
    void root() {
        HsdsSchemas.assertValid(responseSchema("/"), get("/hsds/"));
    }

    @Test
    void servicesEveryPageKindAndEveryServiceInFull() {
        List<String> ids = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonPath one = page("/services", "?per_page=40&page=" + page);
            ids.addAll(one.getList("contents.id", String.class));
            if (one.getBoolean("last_page")) {
                break;
            }
        }
        assertTrue(ids.size() >= DEMO_GROUPS, "demo groups present: " + ids.size());
        // full=true list items must also be valid full services.
        JsonPath full = page("/services", "?per_page=100&full=true");
        for (Object item : full.getList("contents")) {
            HsdsSchemas.assertValid("compiled/service.json", toJson(item));
        }
        page("/services", "?minimal=true");
        page("/services", "?per_page=5&page=999");
        page("/services", "?taxonomy_term_id=" + HsdsTaxonomy.term(HsdsTaxonomy.Dimension.AUDIENCE, "PARTNER").id());
        for (String id : ids) {
            HsdsSchemas.assertValid("compiled/service.json", get("/hsds/services/" + id));
        }
        for (String line : ndjson("/hsds/services?format=ndjson")) {
            HsdsSchemas.assertValid("compiled/service_list.json", line);
        }
    }

    @Test
    void serviceAtLocationsPagesAndEachInFull() {
        List<String> ids = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonPath one = page("/service_at_locations", "?per_page=50&page=" + page);
            ids.addAll(one.getList("contents.id", String.class));
            if (one.getBoolean("last_page")) {
                break;
            }
        }
        page("/service_at_locations", "?full=true&per_page=100");
        assertTrue(ids.size() > DEMO_GROUPS, "groups with places: " + ids.size());
        // The HSDS 3.0 openapi.json names compiled/service.json here, a mistake fixed upstream (openreferral/specification
        // PR #574, January 2026) to compiled/service_at_location.json, the schema we check.
        for (String id : ids.subList(0, Math.min(ids.size(), 120))) {
            HsdsSchemas.assertValid("compiled/service_at_location.json", get("/hsds/service_at_locations/" + id));
        }
        for (String line : ndjson("/hsds/service_at_locations?format=ndjson")) {
            HsdsSchemas.assertValid("compiled/service_at_location_list.json", line);
        }
    }

    @Test
    void organizationsPagesAndEveryOrganization() {
        JsonPath organizations = page("/organizations", "?per_page=100");
        page("/organizations", "?per_page=100&full=true");
        page("/organizations", "?per_page=10&full_service=true");
        for (String id : organizations.getList("contents.id", String.class)) {
            HsdsSchemas.assertValid("compiled/organization.json", get("/hsds/organizations/" + id));
            HsdsSchemas.assertValid("compiled/organization.json", get("/hsds/organizations/" + id + "?full_service=true"));
        }
        for (String line : ndjson("/hsds/organizations?format=ndjson")) {
            HsdsSchemas.assertValid("compiled/organization_list.json", line);
        }
    }

    @Test
    void taxonomiesAndTerms() {
        JsonPath taxonomies = page("/taxonomies", "");
        for (String id : taxonomies.getList("contents.id", String.class)) {
            HsdsSchemas.assertValid("taxonomy.json", get("/hsds/taxonomies/" + id));
        }
        JsonPath terms = page("/taxonomy_terms", "?per_page=100");
        page("/taxonomy_terms", "?taxonomy_id=" + taxonomies.getString("contents[0].id"));
        for (String id : terms.getList("contents.id", String.class)) {
            HsdsSchemas.assertValid("taxonomy_term.json", get("/hsds/taxonomy_terms/" + id));
        }
        for (String line : ndjson("/hsds/taxonomy_terms?format=ndjson")) {
            HsdsSchemas.assertValid("taxonomy_term.json", line);
        }
    }

    static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
