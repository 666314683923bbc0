package nl.zelfhulpwijzer.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.audit.AuditAction;
import nl.zelfhulpwijzer.audit.AuditActor;
import nl.zelfhulpwijzer.audit.AuditActors;
import nl.zelfhulpwijzer.audit.AuditEvent;
import nl.zelfhulpwijzer.audit.AuditPurpose;
import nl.zelfhulpwijzer.audit.AuditTrail;
import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.concurrency.Preconditions;
import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.referrals.checkin.Checkins;

/**
 * The referrals feature's published service. Every read and write of a referral is audited in the same
 * transaction, and every write fires {@link ReferralChanged} after it is flushed.
 */
@ApplicationScoped
public class Referrals {

    static final String RESOURCE = "Referral";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    DirectoryQueries directory;

    @Inject
    AuditActors actors;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Event<ReferralChanged> changed;

    @Inject
    Checkins checkins;

    /** A referral as the client's own sheet shows it, with the address of a fresh check-in link if the client consented. */
    public record ClientSheet(Referral referral, Optional<String> checkinUrl) {
    }

    /**
     * A created referral, or the first answer to a repeated Idempotency-Key (then {@code body} and {@code etag} are
     * that answer's, which the referral may have outgrown since).
     */
    public record Created(Referral referral, String body, boolean repeated, EntityTag etag) {
    }

    /**
     * Creates a referral. With an idempotency key, a repeat of the same request returns the first answer
     * ({@code render} made it), and the same key with another request is refused (422).
     */
    @Transactional
    public Created create(String institution, ReferralInput input, String idempotencyKey, String requestHash,
            Function<Referral, String> render) {
        List<FieldError> errors = new ArrayList<>(ReferralRules.check(input));
        ReferralTargets.check(input, errors, directory);
        InvalidInput.failOn(errors);
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Answer> first = idempotency.claim(institution, idempotencyKey, requestHash, now);
            if (first.isPresent()) {
                Referral referral = load(first.get().referralId(), institution);
                audit(AuditAction.READ, referral, actors.current());
                return new Created(referral, first.get().body(), true, new EntityTag(first.get().etag()));
            }
        }
        Referral referral = newReferral(institution, input, now);
        referral.persist();
        recordTransition(referral, null, null, actors.current(), now);
        em.flush();
        String body = render.apply(referral);
        if (idempotencyKey != null) {
            idempotency.answer(institution, idempotencyKey, referral.id, body, referral.etag().value());
        }
        changed.fire(new ReferralChanged(referral.id, institution, referral.version, referral.status.fhirCode()));
        audit(AuditAction.CREATE, referral, actors.current());
        return new Created(referral, body, false, referral.etag());
    }

    /** The referral of this institution (another institution's is not found); the read is audited. */
    @Transactional
    public Referral get(UUID id, String institution) {
        Referral referral = load(id, institution);
        audit(AuditAction.READ, referral, actors.current());
        return referral;
    }

    /**
     * The referral for the client's sheet (read audited). Only when the client consented to follow-up and the referral
     * is open does it make a new check-in link (its token exists only in this answer, so every sheet gets its own).
     */
    @Transactional
    public ClientSheet clientSheet(UUID id, String institution, String user) {
        Referral referral = get(id, institution);
        Optional<String> checkin = referral.clientMayCheckIn(LocalDate.ofInstant(clock.instant(), ZONE))
                ? Optional.of(checkins.createLink(id, institution, user).url())
                : Optional.empty();
        return new ClientSheet(referral, checkin);
    }

    /** Its status changes, oldest first, as part of a read that {@link #get} audits. */
    @Transactional
    public List<ReferralTransition> transitions(Referral referral) {
        return ReferralTransition.list("referralId = ?1 order by at, id", referral.id);
    }

    @Transactional
    public List<Referral> byClientRef(String institution, String clientRef) {
        List<FieldError> errors = new ArrayList<>();
        ReferralRules.checkClientRef(clientRef, errors);
        InvalidInput.failOn(errors);
        List<Referral> found = Referral.list("institution = ?1 and clientRef = ?2 order by createdAt, id", institution, clientRef);
        auditReads(found);
        return found;
    }

    @Transactional
    public ReferralFeed.Page feed(String institution, Instant modifiedAfter, long afterSeq, int size) {
        ReferralFeed.Page page = ReferralFeed.page(em, institution, modifiedAfter, afterSeq, size);
        auditReads(page.items());
        return page;
    }

    /** A page of the institution's referrals matching {@code search}; every referral returned is audited as read. */
    @Transactional
    public ReferralSearch.Page search(String institution, ReferralSearch search, int offset, int count) {
        StringBuilder where = new StringBuilder("institution = :institution");
        Map<String, Object> params = new HashMap<>(Map.of("institution", institution));
        if (!search.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            params.put("statuses", search.statuses());
        }
        if (!search.organisationIds().isEmpty()) {
            where.append(" and organisationId in :organisations");
            params.put("organisations", search.organisationIds());
        }
        if (search.changedFrom() != null) {
            where.append(" and modifiedAt >= :from");
            params.put("from", search.changedFrom());
        }
        if (search.changedUntil() != null) {
            where.append(" and modifiedAt < :until");
            params.put("until", search.changedUntil());
        }
        long total = Referral.count(where.toString(), params);
        List<Referral> items = count == 0 ? List.of()
                : Referral.<Referral>find(where + " order by modifiedAt, id", params).range(offset, offset + count - 1).list();
        auditReads(items);
        return new ReferralSearch.Page(items, total);
    }

    /** The names of these referrals' targets, each distinct organisation and group looked up once. */
    public TargetNames targetNames(List<Referral> referrals) {
        Map<String, String> organisations = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (Referral referral : referrals) {
            organisations.computeIfAbsent(referral.organisationId,
                    id -> directory.findOrganisation(id).map(organisation -> organisation.name).orElse(null));
            if (referral.groupSlug != null) {
                groups.computeIfAbsent(referral.groupSlug, slug -> directory.findGroup(slug).map(group -> group.name).orElse(null));
            }
        }
        return new TargetNames(organisations, groups);
    }

    @Transactional
    public List<Worklist.Item> worklist(String institution) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<Worklist.Item> items = Worklist.of(em, institution, today, clock.instant());
        auditReads(items.stream().map(Worklist.Item::referral).toList());
        return items;
    }

    @Transactional
    public Referral transition(UUID id, String institution, String ifMatch, ReferralStatus to, String reason) {
        Referral referral = load(id, institution);
        Preconditions.requireMatch(ifMatch, referral.etag());
        ReferralTransitions.check(referral.status, to, reason);
        Instant now = clock.instant();
        ReferralStatus from = referral.status;
        referral.status = to;
        referral.statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        referral.closedAt = to.isFinal() ? now : null;
        recordTransition(referral, from, referral.statusReason, actors.current(), now);
        return saveChange(referral, now, actors.current());
    }

    @Transactional
    public Referral recordOutcome(UUID id, String institution, String ifMatch, OutcomeInput outcome) {
        Referral referral = load(id, institution);
        Preconditions.requireMatch(ifMatch, referral.etag());
        InvalidInput.failOn(ReferralRules.check(outcome));
        Instant now = clock.instant();
        referral.firstMeeting = outcome.firstMeeting();
        referral.meetingsAttended = outcome.meetingsAttended();
        referral.notForMeReason = outcome.notForMeReason();
        referral.continues = outcome.continues();
        referral.outcomeAt = now;
        return saveChange(referral, now, actors.current());
    }

    /**
     * The client's own answer through the check-in link (no account): shown on the worklist until an outcome is
     * recorded after it, and audited with the client as actor.
     */
    @Transactional
    public Referral recordCheckin(UUID id, CheckinAnswer answer) {
        return recordCheckin(id, answer, null);
    }

    /** As {@link #recordCheckin(UUID, CheckinAnswer)}, with the category the client chose for "past niet bij mij". */
    @Transactional
    public Referral recordCheckin(UUID id, CheckinAnswer answer, NotForMeReason reason) {
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Deze verwijzing bestaat niet."));
        Instant now = clock.instant();
        referral.checkinAnswer = answer;
        referral.checkinAt = now;
        if (reason != null) {
            referral.notForMeReason = reason;
        }
        return saveChange(referral, now, actors.checkinClient(referral.institution));
    }

    private Referral saveChange(Referral referral, Instant now, AuditActor actor) {
        referral.modifiedAt = now;
        referral.followUpDue = ReferralRules.followUpDue(referral, LocalDate.ofInstant(referral.createdAt, ZONE),
                LocalDate.ofInstant(now, ZONE));
        em.flush();
        changed.fire(new ReferralChanged(referral.id, referral.institution, referral.version, referral.status.fhirCode()));
        audit(AuditAction.UPDATE, referral, actor);
        return referral;
    }

    private Referral load(UUID id, String institution) {
        return Referral.<Referral>find("id = ?1 and institution = ?2", id, institution).firstResultOptional()
                .orElseThrow(() -> new NotFound("Uw instelling heeft geen verwijzing met dit id."));
    }

    private Referral newReferral(String institution, ReferralInput input, Instant now) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.institution = institution;
        referral.clientRef = input.clientRef();
        referral.organisationId = input.organisationId();
        referral.groupSlug = input.groupSlug();
        referral.meetingSlug = input.meetingSlug();
        referral.level = input.level();
        referral.treatmentPhase = input.treatmentPhase();
        referral.route = input.route();
        referral.adviceSnapshot = input.adviceSnapshot();
        referral.inCarePlan = input.inCarePlan();
        referral.trialAgreed = input.trialAgreed();
        referral.consentTopics = input.consentTopics();
        referral.consentFrom = input.consentFrom();
        referral.consentUntil = input.consentUntil();
        referral.note = input.note();
        referral.status = input.draft() ? ReferralStatus.DRAFT : ReferralStatus.REQUESTED;
        referral.firstMeetingOn = input.firstMeetingOn();
        referral.evaluationDates = input.evaluationDates() == null ? new LocalDate[0]
                : input.evaluationDates().stream().sorted().distinct().toArray(LocalDate[]::new);
        referral.createdBy = actors.current().userId();
        referral.createdAt = now;
        referral.modifiedAt = now;
        referral.followUpDue = ReferralRules.followUpDue(referral, LocalDate.ofInstant(now, ZONE), LocalDate.ofInstant(now, ZONE));
        return referral;
    }

    private static void recordTransition(Referral referral, ReferralStatus from, String reason, AuditActor actor, Instant now) {
        ReferralTransition transition = new ReferralTransition();
        transition.referralId = referral.id;
        transition.fromStatus = from;
        transition.toStatus = referral.status;
        transition.reason = reason;
        transition.actor = actor.userId();
        transition.actorRole = actor.role();
        transition.at = now;
        transition.persist();
    }

    private void audit(AuditAction action, Referral referral, AuditActor actor) {
        audit.record(event(action, referral, actor));
    }

    /** A list read logs one event per referral returned. */
    private void auditReads(List<Referral> referrals) {
        AuditActor actor = actors.current();
        audit.recordAll(referrals.stream().map(r -> event(AuditAction.READ, r, actor)).toList());
    }

    private AuditEvent event(AuditAction action, Referral referral, AuditActor actor) {
        return AuditEvent.success(clock.instant(), action, actor, referral.clientRef, RESOURCE, referral.id.toString(), AuditPurpose.CARE);
    }
}
