package nl.zelfhulpwijzer.interop.hsds;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Open Referral HSDS 3.0 objects, field names as the standard spells them (openreferral/specification, 3.0). */
public final class HsdsModel {

    private HsdsModel() {
    }

    @Schema(name = "HsdsInfo")
    public record Info(@Schema(required = true) String version, @Schema(required = true, format = "uri") String profile,
            @JsonProperty("openapi_url") @Schema(format = "uri") String openapiUrl) {
    }

    /** The HSDS paging fields (openapi.json components/schemas/Page), shared by the typed pages below. */
    public record PageInfo(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
            boolean empty) {

        public static PageInfo of(int count, int page, int perPage, long total) {
            int pages = (int) ((total + perPage - 1) / perPage);
            return new PageInfo(total, pages, page, count, page == 1, page >= pages, count == 0);
        }

        /** A typed page of {@code contents}, made by its canonical constructor. */
        static <T, P> P page(List<T> contents, int page, int perPage, long total, PageConstructor<T, P> constructor) {
            PageInfo i = of(contents.size(), page, perPage, total);
            return constructor.make(i.totalItems(), i.totalPages(), i.pageNumber(), i.size(), i.firstPage(), i.lastPage(), i.empty(),
                    contents);
        }
    }

    /** The canonical constructor every typed page below shares. */
    @FunctionalInterface
    interface PageConstructor<T, P> {
        P make(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage, boolean empty,
                List<T> contents);
    }

    @Schema(name = "HsdsServicePage", description = "Een pagina services in de vorm van HSDS 3.0.")
    public record ServicePage(
            @JsonProperty("total_items") @Schema(required = true) long totalItems,
            @JsonProperty("total_pages") @Schema(required = true) int totalPages,
            @JsonProperty("page_number") @Schema(required = true) int pageNumber,
            @Schema(required = true) int size,
            @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
            @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<Service> contents) {

        public static ServicePage of(List<Service> contents, int page, int perPage, long total) {
            return PageInfo.page(contents, page, perPage, total, ServicePage::new);
        }
    }

    @Schema(name = "HsdsOrganizationPage", description = "Een pagina organisaties in de vorm van HSDS 3.0.")
    public record OrganizationPage(
            @JsonProperty("total_items") @Schema(required = true) long totalItems,
            @JsonProperty("total_pages") @Schema(required = true) int totalPages,
            @JsonProperty("page_number") @Schema(required = true) int pageNumber,
            @Schema(required = true) int size,
            @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
            @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<Organization> contents) {

        public static OrganizationPage of(List<Organization> contents, int page, int perPage, long total) {
            return PageInfo.page(contents, page, perPage, total, OrganizationPage::new);
        }
    }

    @Schema(name = "HsdsServiceAtLocationPage", description = "Een pagina services op een locatie in de vorm van HSDS 3.0.")
    public record ServiceAtLocationPage(
            @JsonProperty("total_items") @Schema(required = true) long totalItems,
            @JsonProperty("total_pages") @Schema(required = true) int totalPages,
            @JsonProperty("page_number") @Schema(required = true) int pageNumber,
            @Schema(required = true) int size,
            @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
            @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<ServiceAtLocation> contents) {

        public static ServiceAtLocationPage of(List<ServiceAtLocation> contents, int page, int perPage, long total) {
            return PageInfo.page(contents, page, perPage, total, ServiceAtLocationPage::new);
        }
    }

    @Schema(name = "HsdsTaxonomyPage", description = "Een pagina taxonomieën in de vorm van HSDS 3.0.")
    public record TaxonomyPage(
            @JsonProperty("total_items") @Schema(required = true) long totalItems,
            @JsonProperty("total_pages") @Schema(required = true) int totalPages,
            @JsonProperty("page_number") @Schema(required = true) int pageNumber,
            @Schema(required = true) int size,
            @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
            @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<Taxonomy> contents) {

        public static TaxonomyPage of(List<Taxonomy> contents, int page, int perPage, long total) {
            return PageInfo.page(contents, page, perPage, total, TaxonomyPage::new);
        }
    }

    @Schema(name = "HsdsTaxonomyTermPage", description = "Een pagina taxonomietermen in de vorm van HSDS 3.0.")
    public record TaxonomyTermPage(
            @JsonProperty("total_items") @Schema(required = true) long totalItems,
            @JsonProperty("total_pages") @Schema(required = true) int totalPages,
            @JsonProperty("page_number") @Schema(required = true) int pageNumber,
            @Schema(required = true) int size,
            @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
            @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<TaxonomyTerm> contents) {

        public static TaxonomyTermPage of(List<TaxonomyTerm> contents, int page, int perPage, long total) {
            return PageInfo.page(contents, page, perPage, total, TaxonomyTermPage::new);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsOrganization")
    public record Organization(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true) String name,
            @JsonProperty("alternate_name") String alternateName,
            @Schema(required = true) String description,
            String email,
            String website,
            @JsonProperty("parent_organization_id") String parentOrganizationId,
            List<Phone> phones,
            @Schema(description = "Soort aanbod, werkwijze, doelgroepen en middelen als taxonomietermen.") List<Attribute> attributes,
            @Schema(description = "De groepen van de organisatie; volledig met full_service=true.") List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsService")
    public record Service(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("organization_id") String organizationId,
            @Schema(required = true) String name,
            @JsonProperty("alternate_name") String alternateName,
            String description,
            String url,
            String email,
            @Schema(required = true, enumeration = { "active", "inactive", "defunct", "temporarily closed" }) String status,
            @JsonProperty("eligibility_description") String eligibilityDescription,
            @JsonProperty("application_process") String applicationProcess,
            @JsonProperty("fees_description") String feesDescription,
            @JsonProperty("assured_date") String assuredDate,
            @JsonProperty("last_modified") String lastModified,
            String alert,
            Organization organization,
            List<Phone> phones,
            List<Schedule> schedules,
            @JsonProperty("service_at_locations") List<ServiceAtLocation> serviceAtLocations,
            List<Language> languages,
            @Schema(description = "Doelgroepen, middelen, werkwijze en soort aanbod als taxonomietermen.") List<Attribute> attributes,
            List<Metadata> metadata) {

        /** The one-to-one fields only (what HSDS list endpoints return by default). */
        public Service oneToOne() {
            return new Service(id, organizationId, name, alternateName, description, url, email, status, eligibilityDescription,
                    applicationProcess, feesDescription, assuredDate, lastModified, alert, null, null, null, null, null, null, null);
        }

        /** minimal=true: only what a client needs to sync (id and last_modified), plus the fields HSDS requires. */
        public Service minimal() {
            return new Service(id, null, name, null, null, null, null, status, null, null, null, null, lastModified, null, null,
                    null, null, null, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsSchedule")
    public record Schedule(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("service_id") String serviceId,
            @JsonProperty("location_id") String locationId,
            @Schema(enumeration = { "WEEKLY", "MONTHLY" }) String freq,
            String byday,
            @Schema(description = "UTC-afwijking in uren.") Double timezone,
            @JsonProperty("opens_at") String opensAt,
            @JsonProperty("closes_at") String closesAt,
            String description,
            @JsonProperty("attending_type") String attendingType,
            String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsServiceAtLocation")
    public record ServiceAtLocation(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("service_id") String serviceId,
            @JsonProperty("location_id") String locationId,
            String description,
            Location location,
            @Schema(description = "De groep (service); volledig met full=true en bij één service_at_location.") Service service) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLocation")
    public record Location(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("location_type") @Schema(required = true, enumeration = { "physical", "postal", "virtual" }) String locationType,
            String url,
            String name,
            String description,
            Double latitude,
            Double longitude,
            List<Address> addresses,
            List<Accessibility> accessibility) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAddress")
    public record Address(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("location_id") String locationId,
            @JsonProperty("address_1") @Schema(required = true) String address1,
            @Schema(required = true) String city,
            String region,
            @JsonProperty("state_province") @Schema(required = true) String stateProvince,
            @JsonProperty("postal_code") @Schema(required = true) String postalCode,
            @Schema(required = true) String country,
            @JsonProperty("address_type") @Schema(required = true) String addressType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAccessibility")
    public record Accessibility(@Schema(required = true, format = "uuid") String id,
            @JsonProperty("location_id") String locationId, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsPhone")
    public record Phone(@Schema(required = true, format = "uuid") String id,
            @JsonProperty("service_id") String serviceId,
            @JsonProperty("organization_id") String organizationId,
            @Schema(required = true) String number, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLanguage")
    public record Language(@Schema(required = true, format = "uuid") String id,
            @JsonProperty("service_id") String serviceId, String name, String code) {
    }

    @Schema(name = "HsdsMetadata", description = "Wijzigingsgeschiedenis per veld.")
    public record Metadata(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("resource_id") String resourceId,
            @JsonProperty("resource_type") String resourceType,
            @JsonProperty("last_action_date") @Schema(required = true) String lastActionDate,
            @JsonProperty("last_action_type") @Schema(required = true) String lastActionType,
            @JsonProperty("field_name") @Schema(required = true) String fieldName,
            @JsonProperty("previous_value") @Schema(required = true) String previousValue,
            @JsonProperty("replacement_value") @Schema(required = true) String replacementValue,
            @JsonProperty("updated_by") @Schema(required = true) String updatedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsTaxonomy")
    public record Taxonomy(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true) String name,
            @Schema(required = true) String description,
            @Schema(format = "uri") String uri,
            String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsTaxonomyTerm")
    public record TaxonomyTerm(
            @Schema(required = true, format = "uuid") String id,
            @Schema(description = "Onze code, zoals PARTNER of TWELVE_STEP.") String code,
            @Schema(required = true) String name,
            @Schema(required = true) String description,
            @JsonProperty("parent_id") @Schema(format = "uuid") String parentId,
            String taxonomy,
            String language,
            @JsonProperty("taxonomy_id") @Schema(format = "uuid") String taxonomyId,
            @JsonProperty("taxonomy_detail") Taxonomy taxonomyDetail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAttribute", description = "Een taxonomieterm die iets over een service of organisatie zegt.")
    public record Attribute(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("link_id") @Schema(format = "uuid") String linkId,
            @JsonProperty("taxonomy_term_id") @Schema(format = "uuid") String taxonomyTermId,
            @JsonProperty("link_type") String linkType,
            @JsonProperty("link_entity") @Schema(enumeration = { "service", "organization" }) String linkEntity,
            String value,
            @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
    }
}
