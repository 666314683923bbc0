package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.Accessibility;
import nl.zelfhulpwijzer.directory.AttendanceMode;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Frequency;

@Schema(description = "Een bijeenkomst van een zelfhulpgroep, zoals de zoekfunctie die toont.")
public record MeetingSummary(
        @Schema(required = true, description = "Vaste sleutel van de bijeenkomst.") String slug,
        @Schema(required = true) String name,
        @Schema(required = true) String groupSlug,
        @Schema(required = true) String groupName,
        @Schema(required = true) OrganisationRef organisation,
        @Schema(required = true) Frequency frequency,
        @Schema(required = true, description = "Dag van de week, 1 = maandag (ISO).", minimum = "1", maximum = "7") int day,
        @Schema(description = "Alleen bij MONTHLY: 1–4, of -1 voor de laatste.") Integer weekOfMonth,
        @Schema(required = true, description = "Als in HSDS/iCalendar: MO, 2MO, -1FR.", example = "2MO") String byDay,
        @Schema(required = true, example = "19:30") String startTime,
        @Schema(example = "21:00") String endTime,
        @Schema(required = true, example = "Europe/Amsterdam") String timeZone,
        @Schema(required = true) AttendanceMode attendance,
        LocationDto location,
        String conferenceUrl,
        String conferencePhone,
        @Schema(required = true, description = "Meeting Guide-typecodes, zoals O (open), C (besloten), D (discussie).") List<String> types,
        @Schema(required = true, description = "Open bijeenkomst: iedereen mag komen.") boolean open,
        @Schema(required = true) List<Audience> audiences,
        @Schema(required = true) List<Behaviour> behaviours,
        @Schema(required = true) List<String> languages,
        @Schema(required = true) List<Accessibility> accessibility,
        @Schema(required = true) boolean dualDiagnosis,
        @Schema(required = true) boolean temporarilyClosed,
        @Schema(required = true, description = "Begin van de volgende bijeenkomst.") OffsetDateTime nextStart,
        @Schema(required = true, description = "De bijeenkomst is nu bezig.") boolean inProgress,
        @Schema(description = "Afstand in km, alleen bij zoeken in de buurt.") Double distanceKm,
        @Schema(required = true, description = "Voorbeeldgegevens: deze groep bestaat niet echt.") boolean demo,
        @Schema(description = "Wanneer een mens de gegevens van de groep het laatst heeft gecontroleerd.") Instant verifiedAt,
        @Schema(required = true, description = "De gegevens zijn al lang niet gecontroleerd; ze kunnen verouderd zijn.") boolean needsVerification,
        @Schema(required = true) Instant updatedAt) {
}
