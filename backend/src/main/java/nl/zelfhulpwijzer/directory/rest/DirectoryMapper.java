package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import nl.zelfhulpwijzer.directory.Accessibility;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Location;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.MeetingSearchRepository;
import nl.zelfhulpwijzer.directory.MeetingSchedule;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** Group, meeting and location entities to API models. */
public final class DirectoryMapper {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private DirectoryMapper() {
    }

    /** The summaries of search hits, each with its distance from the searched point. */
    public static List<MeetingSummary> toSummaries(List<MeetingSearchRepository.Hit> hits, Instant now, Period reverifyAfter) {
        return hits.stream().map(hit -> toSummary(hit.meeting(), hit.distanceKm(), now, reverifyAfter)).toList();
    }

    public static MeetingSummary toSummary(Meeting m, Double distanceKm, Instant now, Period reverifyAfter) {
        SelfHelpGroup g = m.group;
        MeetingSchedule schedule = m.schedule();
        return new MeetingSummary(m.slug, m.displayName(), g.slug, g.name, toRef(g.organisation), m.frequency,
                m.dayOfWeek, m.weekOfMonth == null ? null : m.weekOfMonth.intValue(), schedule.byDay(),
                m.startTime.format(HH_MM), m.endTime == null ? null : m.endTime.format(HH_MM), m.timeZone,
                m.attendance(), toDto(m.location), m.conferenceUrl, m.conferencePhone, List.of(m.types), g.open,
                enums(Audience.class, g.audiences), enums(Behaviour.class, g.behaviours), List.of(g.languages),
                enums(Accessibility.class, g.accessibility), g.dualDiagnosis, m.temporarilyClosed,
                schedule.nextStart(now).toOffsetDateTime(), schedule.inProgress(now), distanceKm, g.demo, g.verifiedAt,
                g.needsVerification(now, reverifyAfter), latest(m.updatedAt, g.updatedAt));
    }

    public static GroupDetail toDetail(SelfHelpGroup g, Instant now, Period reverifyAfter) {
        return new GroupDetail(g.slug, g.name, toRef(g.organisation), toDto(g.location),
                enums(Audience.class, g.audiences), enums(Behaviour.class, g.behaviours), g.open, g.dualDiagnosis,
                g.insideInstitution, g.acceptsTrial, g.medicationNote, List.of(g.languages),
                enums(Accessibility.class, g.accessibility), g.professionalMayAttend, g.contactRole, g.contactPhone,
                g.contactEmail, g.website, g.notes, g.status, g.demo, g.verifiedAt, g.verifiedBy,
                g.needsVerification(now, reverifyAfter), g.updatedAt, g.version,
                g.meetings.stream().map(m -> toSummary(m, null, now, reverifyAfter)).toList());
    }

    public static OrganisationRef toRef(Organisation o) {
        return new OrganisationRef(o.id, o.name, o.shortName, o.kind, o.approach);
    }

    public static LocationDto toDto(Location l) {
        if (l == null) {
            return null;
        }
        return new LocationDto(l.name, l.address, l.postcode, l.city, l.region, l.country, l.latitude, l.longitude,
                l.approximate);
    }

    static <E extends Enum<E>> List<E> enums(Class<E> type, String[] values) {
        return Arrays.stream(values).map(v -> Enum.valueOf(type, v)).toList();
    }

    static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
