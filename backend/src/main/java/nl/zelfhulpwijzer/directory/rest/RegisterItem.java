package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.GroupStatus;

@Schema(name = "RegisterItem", description = "Een groep in het register van de coördinator, met haar bijeenkomsten.")
public record RegisterItem(
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationRef organisation,
        String city,
        @Schema(required = true) GroupStatus status,
        @Schema(description = "Leeg: nooit gecontroleerd.") Instant verifiedAt,
        @Schema(required = true, description = "Moet opnieuw gecontroleerd worden.") boolean needsVerification,
        @Schema(required = true) boolean demo,
        @Schema(required = true) List<RegisterMeeting> meetings) {

    @Schema(name = "RegisterMeeting", description = "Een bijeenkomst van de groep: dag en begintijd.")
    public record RegisterMeeting(
            @Schema(required = true) String slug,
            @Schema(required = true, description = "Dag van de week, 1 = maandag (ISO).") int day,
            @Schema(required = true, example = "19:30") String startTime,
            @Schema(required = true, description = "Tijdelijk gesloten.") boolean temporarilyClosed) {
    }
}
