package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Published door for importers of other systems' meeting lists (the Meeting Guide feed): the lookups an import needs,
 * and its writes, which keep the directory's field-level history like every other write. The importer parses and
 * checks its own format; this class owns how the directory stores what it found.
 */
@ApplicationScoped
public class MeetingImports {

    /** A place as an import gives it; approximate: only the town is known. */
    public record ImportedPlace(String name, String address, String postcode, String city, String region, Country country,
            Double latitude, Double longitude, boolean approximate) {
    }

    /** A weekly meeting as an import gives it; {@code name} is the meeting's own (null: the group's). */
    public record ImportedMeeting(String name, LocalTime start, LocalTime end, String zone, List<String> types,
            boolean closedTemporarily, String notes, String conferenceUrl, String conferencePhone, String conferenceNotes,
            ImportedPlace place) {
    }

    /** The group a new imported meeting joins, made once per organisation and group name. */
    public record ImportedGroup(String name, boolean open, boolean dualDiagnosis, boolean wheelchair, List<String> languages,
            ImportedPlace place) {
    }

    @Inject
    DirectoryHistory history;

    public Optional<Organisation> organisation(String id) {
        return id == null ? Optional.empty() : Organisation.findByIdOptional(id);
    }

    public Optional<Meeting> meeting(String slug) {
        return Meeting.<Meeting>find("slug", slug).firstResultOptional();
    }

    public List<Meeting> meetings(Collection<String> slugs) {
        return Meeting.<Meeting>find("slug in ?1 order by slug", slugs).list();
    }

    /** The open weekly meetings of the organisation's active groups (no demo groups), with their group, by slug. */
    public List<Meeting> openWeeklyMeetings(Organisation organisation) {
        return Meeting.<Meeting>find("from Meeting m join fetch m.group g where g.organisation.id = ?1 and g.status = ?2"
                + " and g.demo = false and m.frequency = ?3 and m.temporarilyClosed = false order by m.slug",
                organisation.id, GroupStatus.ACTIVE, Frequency.WEEKLY).list();
    }

    /** The organisation's group of that name that imports made, or a new one with the organisation's audiences. */
    public SelfHelpGroup group(Organisation organisation, ImportedGroup facts, String user) {
        String slug = "import-" + organisation.id + "-" + Slugs.of(facts.name());
        SelfHelpGroup group = SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResult();
        if (group != null) {
            return group;
        }
        group = new SelfHelpGroup();
        group.slug = slug.length() > 120 ? slug.substring(0, 120) : slug;
        group.organisation = organisation;
        group.name = facts.name();
        group.audiences = organisation.audiences;
        group.behaviours = organisation.behaviours;
        group.open = facts.open();
        group.dualDiagnosis = facts.dualDiagnosis();
        group.languages = facts.languages().toArray(String[]::new);
        group.accessibility = facts.wheelchair() ? new String[] { "WHEELCHAIR" } : new String[0];
        group.location = location(facts.place(), null);
        group.persist();
        history.recordGroupChanges("GROUP", group.slug, group, Map.of(), DirectorySnapshots.snapshot(group), user);
        return group;
    }

    /** A new weekly meeting of the group on that ISO day. */
    public void createMeeting(SelfHelpGroup group, String slug, int isoDay, ImportedMeeting facts, String user) {
        Meeting meeting = new Meeting();
        meeting.slug = slug;
        meeting.group = group;
        meeting.frequency = Frequency.WEEKLY;
        apply(meeting, facts, isoDay);
        group.meetings.add(meeting);
        meeting.persist();
        history.recordGroupChanges("MEETING", meeting.slug, group, Map.of(), DirectorySnapshots.snapshot(meeting), user);
    }

    /** The meeting as the import gives it, on that ISO day; its history includes its specific place. */
    public void updateMeeting(Meeting meeting, int isoDay, ImportedMeeting facts, String user) {
        Map<String, String> before = DirectorySnapshots.snapshot(meeting);
        before.putAll(place(meeting.location));
        apply(meeting, facts, isoDay);
        Map<String, String> after = DirectorySnapshots.snapshot(meeting);
        after.putAll(place(meeting.location));
        meeting.group.updatedAt = Instant.now();
        history.recordGroupChanges("MEETING", meeting.slug, meeting.group, before, after, user);
    }

    /** "Tijdelijk gesloten", so a coordinator can open them again. */
    public void closeTemporarily(List<Meeting> meetings, String user) {
        for (Meeting meeting : meetings) {
            Map<String, String> before = DirectorySnapshots.snapshot(meeting);
            meeting.temporarilyClosed = true;
            meeting.group.updatedAt = Instant.now();
            history.recordGroupChanges("MEETING", meeting.slug, meeting.group, before, DirectorySnapshots.snapshot(meeting), user);
        }
    }

    private static void apply(Meeting m, ImportedMeeting p, int isoDay) {
        m.name = p.name().equals(m.group.name) ? null : p.name();
        m.dayOfWeek = (short) isoDay;
        m.weekOfMonth = null;
        m.startTime = p.start();
        m.endTime = p.end();
        m.timeZone = p.zone();
        m.conferenceUrl = p.conferenceUrl();
        m.conferencePhone = p.conferencePhone();
        m.conferenceNotes = p.conferenceNotes();
        m.types = p.types().toArray(String[]::new);
        m.notes = p.notes();
        m.temporarilyClosed = p.closedTemporarily();
        m.location = location(p.place(), m.location != null ? m.location : m.group.location);
    }

    /** Reuses the current place when nothing about it changed, so unchanged rows create no new locations. */
    private static Location location(ImportedPlace place, Location current) {
        if (place == null || (place.approximate() && (current == null || current.approximate))) {
            return place == null ? null : current;
        }
        if (current != null && place(current).equals(place(place))) {
            return current;
        }
        Location l = new Location();
        l.name = place.name();
        l.address = place.address();
        l.postcode = place.postcode();
        l.city = place.city();
        l.region = place.region();
        l.country = place.country();
        l.latitude = place.latitude();
        l.longitude = place.longitude();
        l.approximate = place.approximate();
        l.persist();
        return l;
    }

    /** The specific place as compared between import and directory; approximate places (town only) count as none. */
    public static Map<String, String> place(Location l) {
        return l == null || l.approximate ? place(null, null, null, null, null)
                : place(l.address, l.postcode, l.city, l.latitude, l.longitude);
    }

    public static Map<String, String> place(ImportedPlace p) {
        return p == null || p.approximate() ? place(null, null, null, null, null)
                : place(p.address(), p.postcode(), p.city(), p.latitude(), p.longitude());
    }

    private static Map<String, String> place(String address, String postcode, String city, Double lat, Double lon) {
        Map<String, String> s = new HashMap<>();
        s.put("location.address", address);
        s.put("location.postcode", postcode);
        s.put("location.city", city);
        s.put("location.latitude", lat == null ? null : String.valueOf(lat));
        s.put("location.longitude", lon == null ? null : String.valueOf(lon));
        return s;
    }
}
