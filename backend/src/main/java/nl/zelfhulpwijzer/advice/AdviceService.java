package nl.zelfhulpwijzer.advice;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.RuleViolation;
import nl.zelfhulpwijzer.common.versioning.NewestPublication;
import nl.zelfhulpwijzer.common.versioning.VersionPublished;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.DirectoryProfiles;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.PlacePoint;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.GroupProfile;
import nl.zelfhulpwijzer.directory.DirectoryProfiles.OrganisationProfile;
import nl.zelfhulpwijzer.directory.GroupStatus;
import nl.zelfhulpwijzer.directory.MeetingSchedule;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Loads the newest published catalogue and the candidates, and calls the rules. Stores nothing: the profile exists
 * only for the duration of the request. The newest published catalogue version is kept in memory by its number
 * ({@link NewestPublication}): a publication drops it at commit, so the next advice uses the new version.
 */
@ApplicationScoped
public class AdviceService {

    @Inject
    CriteriaRepository criteria;

    @Inject
    DirectoryProfiles directory;

    @Inject
    AdvicePlaces places;

    /** Another backend instance's publication is seen within this time; one on this instance at once. */
    private final NewestPublication<Catalogue> catalogue =
            new NewestPublication<>(CriteriaEditor.CONTENT_KIND, java.time.Duration.ofSeconds(1));

    /**
     * The advice with distances from the origin's point (groups without a known place get none) and equal offers of
     * the origin's home country first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdviceOverview advise(ClientProfile profile, AdviceOrigin origin) {
        Snapshot current = snapshot();
        NextMeetings next = withNextMeetings(current, java.time.Instant.now());
        return current.index().advise(profile, publishedCatalogue(), origin, next.candidates(), next.epochSeconds());
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

    /** The newest published catalogue version, from memory while it is the newest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue publishedCatalogue() {
        return catalogue.get(criteria::latestPublishedVersion, v -> criteria.findPublished(v)
                .map(CriteriaRepository::toDomain).orElseThrow(AdviceService::noCatalogue), AdviceService::noCatalogue);
    }

    /** Drops the held catalogue once a publication has committed. */
    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        catalogue.published(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CriteriaCatalogue publishedCatalogueEntity() {
        return criteria.latestPublishedVersion().flatMap(criteria::findPublished).orElseThrow(AdviceService::noCatalogue);
    }

    /**
     * Every organisation and every self-help group of the directory as candidates, indexed for the advice, with their
     * points and schedules. Kept between requests and reloaded as soon as the directory's version changes.
     */
    private Snapshot snapshot() {
        String signature = directory.signature();
        Snapshot current = snapshot.get();
        if (current == null || !current.signature().equals(signature)) {
            List<GroupProfile> groups = directory.groups();
            current = new Snapshot(signature, new CandidateIndex(loadCandidates(groups), points(groups)),
                    directory.schedulesByGroup());
            snapshot.set(current);
        }
        return current;
    }

    /** The loaded directory; {@code withNext} keeps the candidates with their next meetings between requests. */
    private record Snapshot(String signature, CandidateIndex index, Map<String, List<MeetingSchedule>> schedules,
            java.util.concurrent.atomic.AtomicReference<NextMeetings> withNext) {

        Snapshot(String signature, CandidateIndex index, Map<String, List<MeetingSchedule>> schedules) {
            this(signature, index, schedules, new java.util.concurrent.atomic.AtomicReference<>());
        }
    }

    /**
     * Candidates (in the index's order) with their next meetings and those as epoch seconds ({@code Long.MAX_VALUE}
     * when none), valid until the earliest of those meetings starts.
     */
    private record NextMeetings(List<Candidate> candidates, long[] epochSeconds, java.time.Instant validUntil) {
    }

    /** Each group's point (latitude, longitude) by candidate key; groups without a known place are left out. */
    private static Map<String, double[]> points(List<GroupProfile> groups) {
        Map<String, double[]> points = new java.util.HashMap<>();
        for (GroupProfile g : groups) {
            if (g.latitude() != null && g.longitude() != null) {
                points.put(g.organisationId() + "/" + g.slug(), new double[] { g.latitude(), g.longitude() });
            }
        }
        return points;
    }

    /**
     * Groups get their next meeting, which the ranking uses after the fit. Computed once, and afterwards only again
     * for the groups whose next meeting has started, and only once the earliest of them has: until then a request
     * reuses the list as it is, so it does not look at thousands of schedules.
     */
    private static NextMeetings withNextMeetings(Snapshot snapshot, java.time.Instant now) {
        NextMeetings cached = snapshot.withNext().get();
        if (cached != null && now.isBefore(cached.validUntil())) {
            return cached;
        }
        List<Candidate> result = new java.util.ArrayList<>(cached != null ? cached.candidates() : snapshot.index().candidates());
        long[] epochSeconds = new long[result.size()];
        java.time.Instant validUntil = java.time.Instant.MAX;
        for (int i = 0; i < result.size(); i++) {
            Candidate c = result.get(i);
            List<MeetingSchedule> schedules = c.groupId() == null ? null : snapshot.schedules().get(c.groupId());
            if (schedules != null && (cached == null || c.nextMeetingAt() == null || !c.nextMeetingAt().toInstant().isAfter(now))) {
                c = c.withNextMeetingAt(schedules.stream().map(m -> m.nextStart(now).toOffsetDateTime())
                        .min(java.util.Comparator.naturalOrder()).orElse(null));
                result.set(i, c);
            }
            epochSeconds[i] = c.nextMeetingAt() == null ? Long.MAX_VALUE : c.nextMeetingAt().toEpochSecond();
            if (schedules != null && c.nextMeetingAt() != null && c.nextMeetingAt().toInstant().isBefore(validUntil)) {
                validUntil = c.nextMeetingAt().toInstant();
            }
        }
        NextMeetings updated = new NextMeetings(List.copyOf(result), epochSeconds, validUntil);
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
        return all;
    }

    /**
     * A group as a candidate: kind, approach and source from its organisation; its own audiences and behaviours
     * when it has them; Meeting Guide codes O/C (open or closed) and DD (dual diagnosis) from its flags, and of its
     * meetings' codes only those a rule reads ({@link AdviceRules#MEETING_TYPES_READ}), so that groups the rules cannot
     * tell apart stay one class of the index; its languages.
     */
    private static Candidate toGroupCandidate(GroupProfile g, Candidate org) {
        java.util.Set<String> types = new java.util.HashSet<>();
        types.add(g.open() ? "O" : "C");
        if (g.dualDiagnosis()) {
            types.add("DD");
        }
        g.meetingTypes().stream().filter(AdviceRules.MEETING_TYPES_READ::contains).forEach(types::add);
        return new Candidate(org.organisationId(), g.slug(), g.name(), org.kind(), org.approach(),
                g.country() == null ? org.country() : g.country(),
                g.status() == GroupStatus.INACTIVE ? OrganisationStatus.INACTIVE : org.status(),
                g.audiences().isEmpty() ? org.audiences() : g.audiences(),
                g.behaviours().isEmpty() ? org.behaviours() : g.behaviours(),
                types, g.languages(), null, null, org.sourceDocument(), org.sourceSection(), g.city());
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
