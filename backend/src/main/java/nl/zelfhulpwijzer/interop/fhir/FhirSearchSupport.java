package nl.zelfhulpwijzer.interop.fhir;

import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * What the FHIR door supports per resource type. The one list that both the CapabilityStatement publishes and the
 * parameter check enforces, so the statement cannot promise more than the server does.
 */
record FhirSearchSupport(String type, List<Param> params, List<String> includes, List<String> revIncludes) {

    record Param(String name, SearchParamType type, String documentation) {
    }

    /** Result parameters every search and history takes; not search parameters, so not listed per type. */
    static final String COUNT = "_count";
    static final String OFFSET = "_offset";
    static final String INCLUDE = "_include";
    static final String REVINCLUDE = "_revinclude";
    static final String SINCE = "_since";

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;

    private static final Param ID = new Param("_id", SearchParamType.TOKEN, "De id van de bron; meerdere met komma's.");
    private static final Param LAST_UPDATED = new Param("_lastUpdated", SearchParamType.DATE,
            "Laatst gewijzigd, met voorvoegsel eq, gt, ge, lt of le.");

    static final FhirSearchSupport ORGANIZATION = new FhirSearchSupport("Organization", List.of(ID, LAST_UPDATED,
            new Param("name", SearchParamType.STRING, "Naam of korte naam begint met deze tekst (hoofdletters tellen niet)."),
            new Param("identifier", SearchParamType.TOKEN, "Onze code van de organisatie (systeem " + FhirCodes.ORGANISATION_ID + ")."),
            new Param("active", SearchParamType.TOKEN, "true of false."),
            new Param("partof", SearchParamType.REFERENCE, "De overkoepelende organisatie (Organization/id).")),
            List.of("Organization:partof"), List.of("HealthcareService:organization", "Organization:partof"));

    static final FhirSearchSupport LOCATION = new FhirSearchSupport("Location", List.of(ID, LAST_UPDATED,
            new Param("near", SearchParamType.SPECIAL,
                    "breedte|lengte|afstand|km, bijvoorbeeld 52.09|5.12|10|km; gesorteerd op afstand (standaard 25 km)."),
            new Param("address-postalcode", SearchParamType.STRING, "Postcode begint met deze tekst (spaties tellen niet)."),
            new Param("address-city", SearchParamType.STRING, "Plaats begint met deze tekst.")),
            List.of(), List.of("HealthcareService:location"));

    static final FhirSearchSupport HEALTHCARE_SERVICE = new FhirSearchSupport("HealthcareService", List.of(ID, LAST_UPDATED,
            new Param("name", SearchParamType.STRING, "Naam begint met deze tekst (hoofdletters tellen niet)."),
            new Param("organization", SearchParamType.REFERENCE, "De organisatie (Organization/id)."),
            new Param("location", SearchParamType.REFERENCE, "Een plaats van de groep of van een bijeenkomst (Location/id)."),
            new Param("active", SearchParamType.TOKEN, "true of false.")),
            List.of("HealthcareService:organization", "HealthcareService:location"), List.of());

    /** The referral Task of the caller's own institution (login as medewerker, coordinator, beheerder or epd). */
    static final FhirSearchSupport TASK = new FhirSearchSupport("Task", List.of(LAST_UPDATED,
            new Param("status", SearchParamType.TOKEN, "De status (draft, requested, accepted, ...); meerdere met komma's."),
            new Param("owner", SearchParamType.REFERENCE, "De organisatie waarnaar verwezen is (Organization/id)."),
            new Param("requester", SearchParamType.REFERENCE, "De verwijzende instelling, alleen als requester:identifier="
                    + FhirCodes.INSTITUTION + "|code; u ziet alleen de verwijzingen van uw eigen instelling.")),
            List.of(), List.of());

    /** AuditEvents of the caller's institution about one client (login as beheerder). */
    static final FhirSearchSupport AUDIT_EVENT = new FhirSearchSupport("AuditEvent", List.of(
            new Param("entity", SearchParamType.REFERENCE, "Verplicht, alleen als entity:identifier=" + FhirCodes.CLIENT_REF
                    + "|cliëntreferentie."),
            new Param("date", SearchParamType.DATE, "Wanneer, met voorvoegsel eq, gt, ge, lt of le; een of twee keer.")),
            List.of(), List.of());

    /** The Subscriptions of the caller's institution (login as epd or beheerder). */
    static final FhirSearchSupport SUBSCRIPTION = new FhirSearchSupport("Subscription", List.of(
            new Param("url", SearchParamType.URI, "Het adres (channel.endpoint) waar de meldingen heen gaan, precies zo;"
                    + " meerdere met komma's.")),
            List.of(), List.of());

    /** Reference parameters searched only by the identifier of what they point at ({@code :identifier}). */
    static final Set<String> BY_IDENTIFIER_ONLY = Set.of("requester", "entity");
    static final String REQUESTER_BY_IDENTIFIER = "requester:identifier";
    static final String ENTITY_BY_IDENTIFIER = "entity:identifier";

    static final List<FhirSearchSupport> DIRECTORY = List.of(ORGANIZATION, LOCATION, HEALTHCARE_SERVICE);
}
