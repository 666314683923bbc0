package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.Meeting;

/** A meeting exactly as its edit form needs it: the stored values of {@link MeetingWrite}, plus the ETag for If-Match. */
@Schema(name = "MeetingEdit", description = "Een bijeenkomst zoals het wijzigformulier haar nodig heeft: de opgeslagen waarden "
        + "van MeetingWrite, met de ETag voor If-Match. Alleen voor coördinatoren en beheerders.")
public record MeetingEdit(
        @Schema(required = true) String slug,
        @Schema(required = true) String groupSlug,
        @Schema(required = true) String groupName,
        @Schema(description = "Eigen naam; leeg: de naam van de groep.") String name,
        @Schema(required = true) Frequency frequency,
        @Schema(required = true, description = "1 = maandag … 7 = zondag.", minimum = "1", maximum = "7") int day,
        @Schema(description = "Alleen bij MONTHLY: 1–4, of -1 voor de laatste.") Integer weekOfMonth,
        @Schema(required = true, example = "19:30") String startTime,
        @Schema(example = "21:00") String endTime,
        @Schema(required = true, example = "Europe/Amsterdam") String timeZone,
        @Schema(required = true, description = "Op de plek van de groep.") boolean inPerson,
        String conferenceUrl,
        String conferencePhone,
        String conferenceNotes,
        @Schema(required = true) List<String> types,
        String notes,
        @Schema(required = true) boolean temporarilyClosed,
        @Schema(required = true, description = "De waarde voor If-Match bij wijzigen (ook in de kop ETag).", example = "\"v2.5\"") String etag,
        Instant updatedAt) {

    static MeetingEdit of(Meeting m, String etag) {
        return new MeetingEdit(m.slug, m.group.slug, m.group.name, m.name, m.frequency, m.dayOfWeek,
                m.weekOfMonth == null ? null : m.weekOfMonth.intValue(), m.startTime.format(DirectoryMapper.HH_MM),
                m.endTime == null ? null : m.endTime.format(DirectoryMapper.HH_MM), m.timeZone, m.location != null,
                m.conferenceUrl, m.conferencePhone, m.conferenceNotes, List.of(m.types), m.notes, m.temporarilyClosed, etag,
                m.updatedAt);
    }
}
