package nl.zelfhulpwijzer.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.zelfhulpwijzer.directory.places.PlaceLookup;

/**
 * Published read side for features that weigh the whole directory at once (the advice): every organisation and group
 * as a flat profile, the meeting schedules per group, and a signature that changes whenever any of it does, so a
 * caller can keep the profiles in memory between requests.
 */
@ApplicationScoped
public class DirectoryProfiles {

    /** An organisation as the advice weighs it. */
    public record OrganisationProfile(String id, String name, OrganisationKind kind, Approach approach, Country country,
            OrganisationStatus status, Set<Audience> audiences, Set<Behaviour> behaviours, String sourceDocument,
            String sourceSection) {
    }

    /**
     * A group as the advice weighs it; {@code country} is its place's (null without a place), audiences and behaviours
     * its own (empty when it has none), {@code open} and {@code dualDiagnosis} its flags, {@code city} its place's town, {@code latitude}/{@code longitude} its place's point (null when unknown),
     * {@code languages} its meetings' languages (ISO 639-1), {@code meetingTypes} the Meeting Guide codes of its meetings
     * that are not temporarily closed (for example W: women only).
     */
    public record GroupProfile(String slug, String organisationId, String name, Country country, GroupStatus status,
            Set<Audience> audiences, Set<Behaviour> behaviours, boolean open, boolean dualDiagnosis, String city,
            Double latitude, Double longitude, Set<String> languages, Set<String> meetingTypes) {
    }

    /** A place or postcode as the directory understood it, with the point distances are measured from. */
    public record PlacePoint(String label, Country country, double latitude, double longitude) {
    }

    @Inject
    DirectoryVersion version;

    @Inject
    EntityManager em;

    @Inject
    PlaceLookup places;

    /** The best match for what a person typed ("Zeist", "3511 AB"), within {@code country} when given. */
    public Optional<PlacePoint> place(String text, Country country) {
        return places.best(text, Optional.ofNullable(country))
                .map(p -> new PlacePoint(p.label(), p.country(), p.latitude(), p.longitude()));
    }

    /**
     * Changes whenever an organisation, group, meeting or location does: the directory version (V43), one row that
     * triggers raise in every transaction that changes them, so checking it costs one indexed read per request.
     */
    public String signature() {
        return "v" + version.current();
    }

    public List<OrganisationProfile> organisations() {
        List<Object[]> rows = em.createQuery("select o.id, o.name, o.kind, o.approach, o.country, o.status, o.audiences, "
                + "o.behaviours, o.sourceDocument, o.sourceSection from Organisation o", Object[].class).getResultList();
        return rows.stream().map(r -> new OrganisationProfile((String) r[0], (String) r[1], (OrganisationKind) r[2],
                (Approach) r[3], (Country) r[4], (OrganisationStatus) r[5], codes((String[]) r[6], Audience.class),
                codes((String[]) r[7], Behaviour.class), (String) r[8], (String) r[9])).toList();
    }

    public List<GroupProfile> groups() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.slug, g.organisation_id, g.name, l.country, g.status, "
                + "g.audiences, g.behaviours, g.open_meeting, g.dual_diagnosis, l.city, "
                + "l.latitude, l.longitude, g.languages, "
                + "(select array_agg(distinct t) from meeting m cross join unnest(m.types) t "
                + "where m.group_id = g.id and not m.temporarily_closed) from self_help_group g "
                + "left join location l on l.id = g.location_id").getResultList();
        return rows.stream().map(g -> new GroupProfile((String) g[0], (String) g[1], (String) g[2],
                g[3] == null ? null : Country.valueOf((String) g[3]), GroupStatus.valueOf((String) g[4]),
                codes((String[]) g[5], Audience.class), codes((String[]) g[6], Behaviour.class), Boolean.TRUE.equals(g[7]),
                Boolean.TRUE.equals(g[8]), (String) g[9], toDouble(g[10]), toDouble(g[11]), strings(g[12]),
                strings(g[13]))).toList();
    }

    private static Double toDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** Meeting schedules per group slug (not the temporarily closed ones). */
    public Map<String, List<MeetingSchedule>> schedulesByGroup() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.slug, m.frequency, m.day_of_week, m.week_of_month, m.start_time, "
                + "m.end_time, m.time_zone from meeting m join self_help_group g on g.id = m.group_id "
                + "where not m.temporarily_closed").getResultList();
        Map<String, List<MeetingSchedule>> result = new HashMap<>();
        for (Object[] r : rows) {
            MeetingSchedule schedule = new MeetingSchedule(Frequency.valueOf((String) r[1]),
                    DayOfWeek.of(((Number) r[2]).intValue()), r[3] == null ? null : ((Number) r[3]).intValue(),
                    toLocalTime(r[4]), r[5] == null ? null : toLocalTime(r[5]), ZoneId.of((String) r[6]));
            result.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(schedule);
        }
        return result;
    }

    private static LocalTime toLocalTime(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }

    private static Set<String> strings(Object values) {
        return values == null ? Set.of() : Set.of((String[]) values);
    }

    private static <E extends Enum<E>> Set<E> codes(String[] values, Class<E> type) {
        return values == null ? Set.of() : Arrays.stream(values).map(v -> Enum.valueOf(type, v)).collect(Collectors.toSet());
    }
}
