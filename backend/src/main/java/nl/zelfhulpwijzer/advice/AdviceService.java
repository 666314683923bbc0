package nl.zelfhulpwijzer.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.MeetingSchedule;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Loads the newest published catalogue and the candidates, and calls the rules. Stores nothing: the profile exists
 * only for the duration of the request. Published catalogue versions never change, so each is cached by version.
 */
@ApplicationScoped
public class AdviceService {

    @Inject
    CriteriaRepository criteria;

    @Inject
    EntityManager em;

    private final Map<Integer, Catalogue> cache = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Advice advise(ClientProfile profile) {
        return AdviceRules.evaluate(profile, candidates(), publishedCatalogue());
    }

    /** The newest published catalogue version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue publishedCatalogue() {
        int version = criteria.latestPublishedVersion().orElseThrow(AdviceService::noCatalogue);
        return cache.computeIfAbsent(version, v -> criteria.findPublished(v)
                .map(CriteriaRepository::toDomain).orElseThrow(AdviceService::noCatalogue));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CriteriaCatalogue publishedCatalogueEntity() {
        return criteria.findLatestPublished().orElseThrow(AdviceService::noCatalogue);
    }

    /**
     * Every organisation and every self-help group of the directory as a candidate, ordered by name and key. The
     * list is kept between requests and reloaded as soon as the directory changes: a database trigger counts every
     * change of the organisations (table advice_directory_revision, migration V23); groups are checked by count and
     * newest change.
     */
    List<Candidate> candidates() {
        Object[] state = (Object[]) em.createNativeQuery("select (select revision from advice_directory_revision where id = 1), "
                + "(select count(*) from self_help_group), (select max(updated_at) from self_help_group), "
                + "(select count(*) from meeting), (select max(updated_at) from meeting)").getSingleResult();
        String signature = Arrays.toString(state);
        Snapshot current = snapshot.get();
        if (current == null || !current.signature().equals(signature)) {
            current = new Snapshot(signature, loadCandidates(), loadSchedules());
            snapshot.set(current);
        }
        return current.schedules().isEmpty() ? current.candidates() : withNextMeetings(current, java.time.Instant.now());
    }

    /** The loaded directory; {@code withNext} keeps the candidates with their next meetings between requests. */
    private record Snapshot(String signature, List<Candidate> candidates, Map<String, List<MeetingSchedule>> schedules,
            java.util.concurrent.atomic.AtomicReference<List<Candidate>> withNext) {

        Snapshot(String signature, List<Candidate> candidates, Map<String, List<MeetingSchedule>> schedules) {
            this(signature, candidates, schedules, new java.util.concurrent.atomic.AtomicReference<>());
        }
    }

    /**
     * Groups get their next meeting, which the ranking uses after the fit. Computed once, and afterwards only again
     * for the groups whose next meeting has started, so a request does not recompute thousands of schedules.
     */
    private static List<Candidate> withNextMeetings(Snapshot snapshot, java.time.Instant now) {
        List<Candidate> cached = snapshot.withNext().get();
        List<Candidate> source = cached != null ? cached : snapshot.candidates();
        List<Candidate> result = null;
        for (int i = 0; i < source.size(); i++) {
            Candidate c = source.get(i);
            List<MeetingSchedule> schedules = c.groupId() == null ? null : snapshot.schedules().get(c.groupId());
            if (schedules == null) {
                continue;
            }
            if (cached == null || c.nextMeetingAt() == null || c.nextMeetingAt().toInstant().isBefore(now)) {
                if (result == null) {
                    result = new java.util.ArrayList<>(source);
                }
                result.set(i, c.withNextMeetingAt(schedules.stream().map(m -> m.nextStart(now).toOffsetDateTime())
                        .min(java.util.Comparator.naturalOrder()).orElse(null)));
            }
        }
        if (result == null) {
            return source;
        }
        List<Candidate> updated = List.copyOf(result);
        snapshot.withNext().set(updated);
        return updated;
    }

    /** Meeting schedules per group slug (not the temporarily closed ones). */
    private Map<String, List<MeetingSchedule>> loadSchedules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.slug, m.frequency, m.day_of_week, m.week_of_month, m.start_time, "
                + "m.end_time, m.time_zone from meeting m join self_help_group g on g.id = m.group_id "
                + "where not m.temporarily_closed").getResultList();
        Map<String, List<MeetingSchedule>> result = new java.util.HashMap<>();
        for (Object[] r : rows) {
            MeetingSchedule schedule = new MeetingSchedule(Frequency.valueOf((String) r[1]),
                    java.time.DayOfWeek.of(((Number) r[2]).intValue()), r[3] == null ? null : ((Number) r[3]).intValue(),
                    toLocalTime(r[4]), r[5] == null ? null : toLocalTime(r[5]), java.time.ZoneId.of((String) r[6]));
            result.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>()).add(schedule);
        }
        return result;
    }

    private static java.time.LocalTime toLocalTime(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (java.time.LocalTime) value;
    }

    private final java.util.concurrent.atomic.AtomicReference<Snapshot> snapshot = new java.util.concurrent.atomic.AtomicReference<>();

    private List<Candidate> loadCandidates() {
        List<Object[]> rows = em.createQuery("select o.id, o.name, o.kind, o.approach, o.country, o.status, o.audiences, "
                + "o.behaviours, o.sourceDocument, o.sourceSection from Organisation o", Object[].class).getResultList();
        List<Candidate> all = new java.util.ArrayList<>(rows.stream().map(AdviceService::toCandidate).toList());
        Map<String, Candidate> byId = new java.util.HashMap<>();
        all.forEach(c -> byId.put(c.organisationId(), c));
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery("select g.slug, g.organisation_id, g.name, l.country, g.status, "
                + "g.audiences, g.behaviours, g.open_meeting, g.dual_diagnosis, l.city from self_help_group g "
                + "left join location l on l.id = g.location_id").getResultList();
        for (Object[] g : groups) {
            Candidate org = byId.get((String) g[1]);
            if (org != null) {
                all.add(toGroupCandidate(g, org));
            }
        }
        all.sort(Ranking.BY_NAME_AND_KEY);
        return List.copyOf(all);
    }

    /**
     * A group as a candidate: kind, approach and source from its organisation; its own audiences and behaviours
     * when it has them; Meeting Guide codes O/C (open or closed) and DD (dual diagnosis) from its flags.
     */
    private static Candidate toGroupCandidate(Object[] g, Candidate org) {
        java.util.Set<String> types = new java.util.HashSet<>();
        types.add(Boolean.TRUE.equals(g[7]) ? "O" : "C");
        if (Boolean.TRUE.equals(g[8])) {
            types.add("DD");
        }
        java.util.Set<Audience> audiences = codes((String[]) g[5], Audience.class);
        java.util.Set<Behaviour> behaviours = codes((String[]) g[6], Behaviour.class);
        return new Candidate(org.organisationId(), (String) g[0], (String) g[2], org.kind(), org.approach(),
                g[3] == null ? org.country() : Country.valueOf((String) g[3]),
                "INACTIVE".equals(g[4]) ? OrganisationStatus.INACTIVE : org.status(),
                audiences.isEmpty() ? org.audiences() : audiences, behaviours.isEmpty() ? org.behaviours() : behaviours,
                types, null, null, org.sourceDocument(), org.sourceSection(), (String) g[9]);
    }

    private static <E extends Enum<E>> java.util.Set<E> codes(String[] values, Class<E> type) {
        return values == null ? java.util.Set.of()
                : Arrays.stream(values).map(v -> Enum.valueOf(type, v)).collect(Collectors.toSet());
    }

    private static Candidate toCandidate(Object[] r) {
        return Candidate.organisation((String) r[0], (String) r[1], (OrganisationKind) r[2], (Approach) r[3],
                (Country) r[4], (OrganisationStatus) r[5],
                Arrays.stream((String[]) r[6]).map(Audience::valueOf).collect(Collectors.toSet()),
                Arrays.stream((String[]) r[7]).map(Behaviour::valueOf).collect(Collectors.toSet()),
                (String) r[8], (String) r[9]);
    }

    private static ProblemException noCatalogue() {
        return new ProblemException(ProblemType.INTERNAL, "Er is nog geen gepubliceerde versie van de verwijscriteria.");
    }
}
