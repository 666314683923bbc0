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
        List<Candidate> all = candidates();
        if (origin.hasPoint()) {
            all = withDistances(all, snapshot.get().points(), origin);
        }
        return AdviceRules.evaluate(profile, all, publishedCatalogue(), Ranking.byFit(origin.home()));
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
            place = directory.place(profile.place(), profile.country()).orElse(null);
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

    private static List<Candidate> withDistances(List<Candidate> candidates, Map<String, double[]> points, AdviceOrigin origin) {
        List<Candidate> result = new java.util.ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            double[] p = c.groupId() == null ? null : points.get(c.groupId());
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
     * Every organisation and every self-help group of the directory as a candidate, ordered by name and key. The
     * list is kept between requests and reloaded as soon as the directory's signature changes.
     */
    List<Candidate> candidates() {
        String signature = directory.signature();
        Snapshot current = snapshot.get();
        if (current == null || !current.signature().equals(signature)) {
            List<GroupProfile> groups = directory.groups();
            current = new Snapshot(signature, loadCandidates(groups), directory.schedulesByGroup(), points(groups));
            snapshot.set(current);
        }
        return current.schedules().isEmpty() ? current.candidates() : withNextMeetings(current, java.time.Instant.now());
    }

    /** The loaded directory; {@code withNext} keeps the candidates with their next meetings between requests. */
    private record Snapshot(String signature, List<Candidate> candidates, Map<String, List<MeetingSchedule>> schedules,
            Map<String, double[]> points, java.util.concurrent.atomic.AtomicReference<List<Candidate>> withNext) {

        Snapshot(String signature, List<Candidate> candidates, Map<String, List<MeetingSchedule>> schedules,
                Map<String, double[]> points) {
            this(signature, candidates, schedules, points, new java.util.concurrent.atomic.AtomicReference<>());
        }
    }

    /** Each group's point (latitude, longitude) by slug; groups without a known point are left out. */
    private static Map<String, double[]> points(List<GroupProfile> groups) {
        Map<String, double[]> points = new java.util.HashMap<>();
        groups.stream().filter(g -> g.latitude() != null && g.longitude() != null)
                .forEach(g -> points.put(g.slug(), new double[] { g.latitude(), g.longitude() }));
        return points;
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
