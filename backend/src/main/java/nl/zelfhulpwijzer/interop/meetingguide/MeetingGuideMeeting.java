package nl.zelfhulpwijzer.interop.meetingguide;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One meeting in the Meeting Guide JSON format (code4recovery/spec); field names as the spec spells them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MeetingGuideMeeting", description = "Een bijeenkomst in het Meeting Guide-formaat (code4recovery/spec).")
public record MeetingGuideMeeting(
        @Schema(required = true) String name,
        @Schema(required = true) String slug,
        @Schema(description = "0 = zondag … 6 = zaterdag. In een import mag het ook een lijst van dagen zijn (één bijeenkomst "
                + "per dag), of ontbreken samen met time voor een bijeenkomst op afspraak.",
                oneOf = { DayNumber.class, DayNumber[].class }) Object day,
        @Schema(example = "19:30") String time,
        @JsonProperty("end_time") @Schema(example = "21:00") String endTime,
        String timezone,
        List<String> types,
        String notes,
        String location,
        String address,
        String city,
        @JsonProperty("postal_code") String postalCode,
        String country,
        @JsonProperty("formatted_address") String formattedAddress,
        String region,
        Double latitude,
        Double longitude,
        @Schema(description = "\"yes\" of \"no\".") String approximate,
        @JsonProperty("conference_url") String conferenceUrl,
        @JsonProperty("conference_url_notes") String conferenceUrlNotes,
        @JsonProperty("conference_phone") String conferencePhone,
        String group,
        @JsonProperty("group_notes") String groupNotes,
        @Schema(description = "UTC, als YYYY-MM-DD HH:MM:SS.") String updated,
        String url,
        @JsonProperty("feedback_url") String feedbackUrl,
        String entity,
        @JsonProperty("entity_url") String entityUrl) {

    /** Documentation only: one Meeting Guide day number. */
    @Schema(name = "MeetingGuideDay", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0",
            maximum = "6")
    public static final class DayNumber {
        private DayNumber() {
        }
    }
}
