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
    public record Info(@Schema(required = true) String version, @Schema(required = true) String profile,
            @JsonProperty("openapi_url") String openapiUrl) {
    }

    @Schema(name = "HsdsPage", description = "Een pagina in de vorm van HSDS 3.0.")
    public record Page<T>(
            @JsonProperty("total_items") @Schema(required = true) long totalItems,
            @JsonProperty("total_pages") @Schema(required = true) int totalPages,
            @JsonProperty("page_number") @Schema(required = true) int pageNumber,
            @Schema(required = true) int size,
            @JsonProperty("first_page") @Schema(required = true) boolean firstPage,
            @JsonProperty("last_page") @Schema(required = true) boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<T> contents) {

        public static <T> Page<T> of(List<T> contents, int page, int perPage, long total) {
            int pages = (int) ((total + perPage - 1) / perPage);
            return new Page<>(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
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
            List<Phone> phones) {
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
            List<Metadata> metadata) {
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
            Location location) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLocation")
    public record Location(
            @Schema(required = true, format = "uuid") String id,
            @JsonProperty("location_type") @Schema(required = true, enumeration = { "physical", "postal", "virtual" }) String locationType,
            String url,
            String name,
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
}
