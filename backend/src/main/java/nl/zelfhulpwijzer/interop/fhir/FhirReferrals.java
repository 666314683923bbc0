package nl.zelfhulpwijzer.interop.fhir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

import nl.zelfhulpwijzer.common.concurrency.Preconditions;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.referrals.OutcomeInput;
import nl.zelfhulpwijzer.referrals.Referral;
import nl.zelfhulpwijzer.referrals.ReferralSearch;
import nl.zelfhulpwijzer.referrals.ReferralStatus;
import nl.zelfhulpwijzer.referrals.Referrals;

/**
 * Referrals through the FHIR door: every read and write goes through the referrals feature's published
 * {@link Referrals}, so the same records, transition rules, idempotency, version checks and audit events apply as
 * in the JSON API. Nothing here touches the referral tables.
 */
@ApplicationScoped
public class FhirReferrals {

    @Inject
    Referrals referrals;

    @Inject
    FhirJson fhir;

    @Inject
    FhirKeys keys;

    /** The transaction-response Bundle (a retry with the same Idempotency-Key gets the first answer again). */
    public String create(String institution, Bundle transaction, String idempotencyKey) {
        var input = ReferralBundleReader.read(transaction, keys::organisation, keys::group);
        String hash = sha256(fhir.encode(transaction));
        return referrals.create(institution, input, idempotencyKey, hash, referral -> fhir.encode(response(referral))).body();
    }

    public Resource read(String type, String id, String institution) {
        Referral referral = referrals.get(uuid(id, type), institution);
        return type.equals("Task") ? ReferralFhirMapping.task(referral) : ReferralFhirMapping.serviceRequest(referral);
    }

    public Bundle searchTasks(String institution, Map<String, List<String>> params, URI request, String base) {
        FhirQuery q = FhirQuery.search(FhirSearchSupport.TASK, params);
        List<ReferralStatus> statuses = statuses(q);
        List<String> owners = keys.organisations(q.references("owner", "Organization"));
        List<String> requesters = q.anyOf(FhirSearchSupport.REQUESTER_BY_IDENTIFIER);
        DirectoryHarvest.Changed changed = q.lastUpdated();
        int count = q.count();
        int offset = q.offset();
        q.throwIfInvalid();
        // only the own institution's referrals are visible, so another requester matches nothing
        boolean otherRequester = requesters != null && !requesters.contains(FhirCodes.INSTITUTION + "|" + institution);
        ReferralSearch.Page page = otherRequester ? new ReferralSearch.Page(List.of(), 0)
                : referrals.search(institution, new ReferralSearch(statuses, owners == null ? List.of() : owners,
                        changed == null ? null : changed.from(), changed == null ? null : changed.until()), offset, count);
        Bundle bundle = FhirBundles.page(Bundle.BundleType.SEARCHSET, request, page.total(), offset, count);
        page.items().forEach(r -> FhirBundles.match(bundle, base, ReferralFhirMapping.task(r)));
        return bundle;
    }

    /**
     * A changed Task: a new status (with statusReason where the IG asks for one) and/or the outcome in its output, in
     * one transaction under the one If-Match.
     */
    @Transactional
    public Referral update(String id, String institution, String ifMatch, Task task) {
        UUID referralId = uuid(id, "Task");
        if (task.hasIdElement() && task.getIdElement().hasIdPart() && !id.equals(task.getIdElement().getIdPart())) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "De id in de Task is niet de id in het adres.");
        }
        Referral current = referrals.get(referralId, institution);
        String tag = ReferralFhirMapping.ifMatch(ifMatch);
        List<Problem.FieldError> errors = new ArrayList<>();
        OutcomeInput outcome = ReferralFhirMapping.outcome(task, errors);
        if (task.getStatus() == null) {
            errors.add(new Problem.FieldError("Task.status", "Geef de status."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Deze wijziging van de Task kan niet.", errors);
        }
        ReferralStatus to = status(task.getStatus().toCode());
        Referral after = current;
        if (to != current.status) {
            String reason = task.hasStatusReason() ? task.getStatusReason().getText() : null;
            after = referrals.transition(referralId, institution, tag, to, reason);
            tag = after.etag().value();
        }
        if (outcome != null && !sameOutcome(after, outcome)) {
            after = referrals.recordOutcome(referralId, institution, tag, outcome);
        } else if (after == current) {
            // nothing changed: the version still has to match, as for any write
            Preconditions.requireMatch(tag, current.etag());
        }
        return after;
    }

    private static boolean sameOutcome(Referral r, OutcomeInput o) {
        return r.firstMeeting == o.firstMeeting() && Objects.equals(r.meetingsAttended, o.meetingsAttended())
                && r.notForMeReason == o.notForMeReason() && Objects.equals(r.continues, o.continues());
    }

    private Bundle response(Referral referral) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        bundle.setTimestamp(new Date());
        for (Resource resource : List.of(ReferralFhirMapping.serviceRequest(referral), ReferralFhirMapping.task(referral))) {
            Bundle.BundleEntryComponent entry = bundle.addEntry().setResource(resource);
            entry.getResponse().setStatus("201 Created").setEtag(ReferralFhirMapping.etag(referral))
                    .setLocation(resource.fhirType() + "/" + referral.id + "/_history/" + referral.version)
                    .setLastModified(Date.from(referral.modifiedAt));
        }
        return bundle;
    }

    private static List<ReferralStatus> statuses(FhirQuery q) {
        List<String> codes = q.anyOf("status");
        if (codes == null) {
            return List.of();
        }
        List<ReferralStatus> statuses = new ArrayList<>();
        for (String code : codes) {
            ReferralStatus status = Arrays.stream(ReferralStatus.values()).filter(s -> s.fhirCode().equals(code)).findFirst().orElse(null);
            if (status == null) {
                q.invalid("status", "'" + code + "' is geen status van een verwijzing.");
            } else {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private static ReferralStatus status(String code) {
        return Arrays.stream(ReferralStatus.values()).filter(s -> s.fhirCode().equals(code)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.BAD_REQUEST,
                        "Status '" + code + "' gebruikt een verwijzing niet (wel: draft, requested, accepted, rejected, cancelled,"
                                + " in-progress, on-hold, completed, failed, entered-in-error)."));
    }

    /** Referral ids are UUIDs; any other id is simply not found, as for another institution's referral. */
    private static UUID uuid(String id, String type) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Uw instelling heeft geen " + type + " met id '" + id + "'.");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
