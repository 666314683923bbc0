package nl.zelfhulpwijzer.advice;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.RuleViolation;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.DirectoryProfiles;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.PlacePoint;
import nl.zelfhulpwijzer.directory.GeoDistance;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.GroupProfile;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.OrganisationProfile;
import nl.zelfhulpwijzer.directory.GroupStatus;
import nl.zelfhulpwijzer.directory.MeetingSchedule;
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
    DirectoryProfiles directory;

    @Inject
    AdvicePlaces places;

    private final Map<Integer, Catalogue> cache = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Advice advise(ClientProfile profile) {
        return advise(profile, AdviceOrigin.NONE);
    }

    /**
     * The advice with distances from the origin's point (groups without a known place get none) and equal offers of
     * the origin's home country first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Advice advise(ClientProfile profile, AdviceOrigin origin) {
        Snapshot current = snapshot();
        List<Candidate> all = current.schedules().isEmpty() ? current.candidates()
                : withNextMeetings(current, java.time.Instant.now());
        if (origin.hasPoint()) {
            all = withDistances(all, current.points(), origin);
        }
        return AdviceRules.evaluate(profile, all, publishedCatalogue(), origin.home());
    }

    /**
     * Where the client looks for help: a point given as lat/lon, else the profile's place or postcode through the
     * directory's place table (a place it does not know is refused: 422 on {@code place}); the home country from the profile,
     * else the place, else the institution (token).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdviceOrigin origin(ClientProfile profile, Double latitude, Double longitude, Country institutionCountry) {
        PlacePoint place = null;
        if (latitude == null && profile.place() != null) {
            place = places.find(profile.place(), profile.country()).orElse(null);
            if (place == null) {
                throw new RuleViolation("Het profiel is niet goed ingevuld.",
                        List.of(new FieldError("place", "Deze plaats of postcode kennen we niet. Kies een plaats uit de lijst.")));
            }
        }
        Double lat = place != null ? Double.valueOf(place.latitude()) : latitude;
        Double lon = place != null ? Double.valueOf(place.longitude()) : longitude;
        String label = place != null ? place.label() : null;
        if (profile.country() != null) {
            return new AdviceOrigin(lat, lon, label, profile.country(), AdviceOrigin.HomeSource.PROFILE);
        }
        if (place != null) {
            return new AdviceOrigin(lat, lon, label, place.country(), AdviceOrigin.HomeSource.PLACE);
        }
        return new AdviceOrigin(lat, lon, label, institutionCountry,
                institutionCountry == null ? null : AdviceOrigin.HomeSource.INSTITUTION);
    }

    /** {@code points}: latitude and longitude of the candidate at the same index, NaN when unknown. */
    private static List<Candidate> withDistances(List<Candidate> candidates, double[][] points, AdviceOrigin origin) {
        List<Candidate> result = new java.util.ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double[] p = points[i];
            result.add(p == null ? c : c.withDistanceKm(
                    Math.round(GeoDistance.km(origin.latitude(), origin.longitude(), p[0], p[1]) * 10) / 10.0));
        }
        return result;
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
     * Every organisation and every self-help group of the directory as candidates, ordered by name and key, with their
     * points and schedules. Kept between requests and reloaded as soon as the directory's version changes.
     */
    private Snapshot snapshot() {
        String signature = directory.signature();
        Snapshot current = snapshot.get();
        if (current == null || !current.signature().equals(signature)) {
            List<GroupProfile> groups = directory.groups();
            List<Candidate> candidates = loadCandidates(groups);
            current = new Snapshot(signature, candidates, directory.schedulesByGroup(), points(candidates, groups));
            snapshot.set(current);
        }
        return current;
    }

    /**
     * The loaded directory; {@code points} are aligned with {@code candidates} (null for an organisation or a group
     * without a known place); {@code withNext} keeps the candidates with their next meetings between requests.
     */
    private record Snapshot(String signature, List<Candidate> candidates, Map<String, List<MeetingSchedule>> schedules,
            double[][] points, java.util.concurrent.atomic.AtomicReference<NextMeetings> withNext) {

        Snapshot(String signature, List<Candidate> candidates, Map<String, List<MeetingSchedule>> schedules,
                double[][] points) {
            this(signature, candidates, schedules, points, new java.util.concurrent.atomic.AtomicReference<>());
        }
    }

    /** Candidates with their next meetings, valid until the earliest of those meetings starts. */
    private record NextMeetings(List<Candidate> candidates, java.time.Instant validUntil) {
    }

    /** Each candidate's point (latitude, longitude), at its index; null where none is known. */
    private static double[][] points(List<Candidate> candidates, List<GroupProfile> groups) {
        Map<String, GroupProfile> bySlug = new java.util.HashMap<>();
        groups.forEach(g -> bySlug.put(g.slug(), g));
        double[][] points = new double[candidates.size()][];
        for (int i = 0; i < points.length; i++) {
            GroupProfile g = candidates.get(i).groupId() == null ? null : bySlug.get(candidates.get(i).groupId());
            if (g != null && g.latitude() != null && g.longitude() != null) {
                points[i] = new double[] { g.latitude(), g.longitude() };
            }
        }
        return points;
    }

    /**
     * Groups get their next meeting, which the ranking uses after the fit. Computed once, and afterwards only again
     * for the groups whose next meeting has started, and only once the earliest of them has: until then a request
     * reuses the list as it is, so it does not look at thousands of schedules.
     */
    private static List<Candidate> withNextMeetings(Snapshot snapshot, java.time.Instant now) {
        NextMeetings cached = snapshot.withNext().get();
        if (cached != null && now.isBefore(cached.validUntil())) {
            return cached.candidates();
        }
        List<Candidate> result = new java.util.ArrayList<>(cached != null ? cached.candidates() : snapshot.candidates());
        java.time.Instant validUntil = java.time.Instant.MAX;
        for (int i = 0; i < result.size(); i++) {
            Candidate c = result.get(i);
            List<MeetingSchedule> schedules = c.groupId() == null ? null : snapshot.schedules().get(c.groupId());
            if (schedules == null) {
                continue;
            }
            if (cached == null || c.nextMeetingAt() == null || !c.nextMeetingAt().toInstant().isAfter(now)) {
                c = c.withNextMeetingAt(schedules.stream().map(m -> m.nextStart(now).toOffsetDateTime())
                        .min(java.util.Comparator.naturalOrder()).orElse(null));
                result.set(i, c);
            }
            if (c.nextMeetingAt() != null && c.nextMeetingAt().toInstant().isBefore(validUntil)) {
                validUntil = c.nextMeetingAt().toInstant();
            }
        }
        List<Candidate> updated = List.copyOf(result);
        snapshot.withNext().set(new NextMeetings(updated, validUntil));
        return updated;
    }

    private final java.util.concurrent.atomic.AtomicReference<Snapshot> snapshot = new java.util.concurrent.atomic.AtomicReference<>();

    private List<Candidate> loadCandidates(List<GroupProfile> groups) {
        List<Candidate> all = new java.util.ArrayList<>(directory.organisations().stream().map(AdviceService::toCandidate).toList());
        Map<String, Candidate> byId = new java.util.HashMap<>();
        all.forEach(c -> byId.put(c.organisationId(), c));
        for (GroupProfile g : groups) {
            Candidate org = byId.get(g.organisationId());
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
    private static Candidate toGroupCandidate(GroupProfile g, Candidate org) {
        java.util.Set<String> types = new java.util.HashSet<>();
        types.add(g.open() ? "O" : "C");
        if (g.dualDiagnosis()) {
            types.add("DD");
        }
        return new Candidate(org.organisationId(), g.slug(), g.name(), org.kind(), org.approach(),
                g.country() == null ? org.country() : g.country(),
                g.status() == GroupStatus.INACTIVE ? OrganisationStatus.INACTIVE : org.status(),
                g.audiences().isEmpty() ? org.audiences() : g.audiences(),
                g.behaviours().isEmpty() ? org.behaviours() : g.behaviours(),
                types, null, null, org.sourceDocument(), org.sourceSection(), g.city());
    }

    private static Candidate toCandidate(OrganisationProfile o) {
        return Candidate.organisation(o.id(), o.name(), o.kind(), o.approach(), o.country(), o.status(), o.audiences(),
                o.behaviours(), o.sourceDocument(), o.sourceSection());
    }

    /** A setup fault, not a user's: the seed migrations publish version 1. Answered 500 and logged. */
    private static IllegalStateException noCatalogue() {
        return new IllegalStateException("no published version of the criteria catalogue");
    }
}
