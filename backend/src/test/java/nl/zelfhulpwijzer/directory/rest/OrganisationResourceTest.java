package nl.zelfhulpwijzer.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.zelfhulpwijzer.support.Contract;
import nl.zelfhulpwijzer.support.TestTokens;

/** The public organisation list and detail, on the real seed data, validated against openapi.yaml. */
@QuarkusTest
class OrganisationResourceTest {

    private static RequestSpecification api() {
        return given().filter(Contract.validated());
    }

    @Test
    void listsTheSeededOrganisationsWithoutLoginAndWithTotals() {
        api().get("/api/v1/organisations?size=100")
                .then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(17))
                .body("page", equalTo(1))
                .body("totalPages", equalTo(1))
                .body("items.id", hasItems("aa-nederland", "agog", "al-anon", "lsovd", "na-nederland",
                        "aa-vlaanderen", "sos-nuchterheid", "abs-artsen", "trimbos-instituut"))
                .body("items.source.document", everyItem(notNullValue()))
                .body("items.verifiedAt", everyItem(notNullValue()));
    }

    @Test
    void pagesCarryTotalsAndDifferentItems() {
        var firstPage = api().get("/api/v1/organisations?size=5&page=1").then().statusCode(200)
                .body("items.size()", equalTo(5))
                .extract();
        // other tests may add organisations: the pages follow the total
        int total = firstPage.path("totalItems");
        org.junit.jupiter.api.Assertions.assertEquals((total + 4) / 5, (int) firstPage.path("totalPages"));
        String first = firstPage.path("items[0].id");
        api().get("/api/v1/organisations?size=5&page=2").then().statusCode(200)
                .body("page", equalTo(2))
                .body("items.id", not(hasItem(first)));
        api().get("/api/v1/organisations?size=5&page=99").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void filtersByAudienceBehaviourApproachKindAndCountry() {
        api().get("/api/v1/organisations?audience=PARTNER").then().statusCode(200)
                .body("items.id", hasItem("al-anon"))
                .body("items.audiences", everyItem(hasItem("PARTNER")));
        api().get("/api/v1/organisations?behaviour=GAMBLING").then().statusCode(200)
                .body("items.id", hasItem("agog"))
                .body("items.behaviours", everyItem(hasItem("GAMBLING")));
        api().get("/api/v1/organisations?approach=SECULAR&country=BE").then().statusCode(200)
                .body("items.id", hasItem("sos-nuchterheid"))
                .body("items.approach", everyItem(equalTo("SECULAR")));
        api().get("/api/v1/organisations?kind=PROFESSIONAL_PROGRAMME").then().statusCode(200)
                .body("items.id", hasItem("abs-artsen"))
                .body("items.kind", everyItem(equalTo("PROFESSIONAL_PROGRAMME")));
        api().get("/api/v1/organisations?country=BE&size=100").then().statusCode(200)
                .body("items.country", everyItem(equalTo("BE")))
                .body("items.id", not(hasItem("aa-nederland")));
    }

    @Test
    void codesAreCaseInsensitive() {
        api().get("/api/v1/organisations?audience=partner").then().statusCode(200).body("items.id", hasItem("al-anon"));
    }

    @Test
    void textSearchIgnoresCaseAndAccentsAndNeedsEveryWord() {
        api().get("/api/v1/organisations?q=GOKKERS").then().statusCode(200).body("items.id", hasItem("agog"));
        api().get("/api/v1/organisations?q=Eíndhoven zelfhulp").then().statusCode(200)
                .body("items.id", hasItem("zelfhulp-netwerk-eindhoven"));
        api().get("/api/v1/organisations?q=eindhoven vlaanderen").then().statusCode(200).body("items", empty());
        api().get("/api/v1/organisations?q=100%25").then().statusCode(200).body("items", empty());
    }

    @Test
    void searchHasTheMeetingSearchsSynonymsTypoToleranceAndRelevance() {
        // a behaviour word finds the organisations for that behaviour; the one named after it comes first
        api().get("/api/v1/organisations?q=gokken").then().statusCode(200)
                .body("items[0].id", equalTo("agog"))
                .body("items.id", hasItem("zelfhulp-netwerk-eindhoven"))
                .body("items.id", not(hasItem("aa-nederland")));
        api().get("/api/v1/organisations?q=drank").then().statusCode(200)
                .body("items.id", hasItems("aa-nederland", "al-anon"));
        // misspelt seed names
        api().get("/api/v1/organisations?q=Anonieme Alcoholisen").then().statusCode(200)
                .body("items[0].id", equalTo("aa-nederland"));
        api().get("/api/v1/organisations?q=nuchterhied").then().statusCode(200)
                .body("items.id", hasItem("sos-nuchterheid"));
        api().get("/api/v1/organisations?q=similes").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of("similes")));
        // filters and paging still apply to the hits
        api().get("/api/v1/organisations?q=gokken&country=BE").then().statusCode(200)
                .body("items.country", everyItem(equalTo("BE")));
        api().get("/api/v1/organisations?q=gokken&size=1&page=2").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", not(equalTo("agog")));
    }

    @Test
    void unknownCodesGiveAProblemWithFieldErrors() {
        api().get("/api/v1/organisations?audience=BUURMAN&country=DE").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://zelfhulpwijzer.nl/problems/validation"))
                .body("title", equalTo("Ongeldige invoer"))
                .body("errors.field", hasItems("audience", "country"))
                .body("errors.message", hasItem(containsString("Kies uit")));
    }

    @Test
    void pagingOutOfRangeIsRefused() {
        given().get("/api/v1/organisations?size=101").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        given().get("/api/v1/organisations?page=0").then().statusCode(400)
                .body("errors.field", hasItem("page"));
    }

    @Test
    void detailHasTypedContactPointsSourceAndVerificationDate() {
        api().get("/api/v1/organisations/aa-nederland").then().statusCode(200)
                .body("name", containsString("Anonieme Alcoholisten"))
                .body("contactPoints.kind", hasItem("PHONE"))
                .body("source.document", equalTo("002_e30f9ceb731b810b.txt"))
                .body("source.section", containsString("Bijlage 3"))
                .body("verifiedAt", equalTo("2004-01-01"));
        api().get("/api/v1/organisations/steunpunt-zelfhulp-den-bosch").then().statusCode(200)
                .body("status", equalTo("IN_FORMATION"));
        api().get("/api/v1/organisations/alateen-al-anon-aca").then().statusCode(200)
                .body("umbrellaId", equalTo("al-anon"));
    }

    @Test
    void unknownOrganisationIsAProblem404() {
        api().get("/api/v1/organisations/bestaat-niet").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://zelfhulpwijzer.nl/problems/not-found"))
                .body("title", equalTo("Niet gevonden"))
                .body("detail", containsString("bestaat-niet"));
    }

    @Test
    void aLoggedInCallerSeesTheSamePublicList() {
        api().header("Authorization", "Bearer " + TestTokens.medewerker()).get("/api/v1/organisations?q=al-anon").then().statusCode(200)
                .body("items.id", hasItem("al-anon"));
    }
}
