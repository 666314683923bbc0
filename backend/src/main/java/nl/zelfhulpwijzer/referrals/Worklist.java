package nl.zelfhulpwijzer.referrals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * The care worker's worklist: open referrals whose follow-up is due (within a week) or overdue, changed in the
 * last week, or with a client check-in newer than the last outcome. Each row says why it is there.
 */
public final class Worklist {

    static final int DUE_WITHIN_DAYS = 7;
    static final Duration RECENT = Duration.ofDays(7);
    static final int LIMIT = 50;

    public record Item(Referral referral, Set<WorklistReason> reasons) {
    }

    private Worklist() {
    }

    @SuppressWarnings("unchecked")
    static List<Item> of(EntityManager em, String institution, LocalDate today, Instant now) {
        // Three index range scans (V51: referral_due, referral_recent, referral_checkin) joined by OR.
        List<Referral> rows = em.createNativeQuery("select r.* from referral r where r.institution = ?1 and ("
                + " (r.closed_at is null and r.follow_up_due <= ?2)"
                + " or r.modified_at >= ?3"
                + " or (r.closed_at is null and r.checkin_at is not null and (r.outcome_at is null or r.checkin_at > r.outcome_at)))"
                + " order by r.follow_up_due nulls last, r.modified_at desc, r.id limit ?4", Referral.class)
                .setParameter(1, institution)
                .setParameter(2, today.plusDays(DUE_WITHIN_DAYS))
                .setParameter(3, Timestamp.from(now.minus(RECENT)))
                .setParameter(4, LIMIT)
                .getResultList();
        return rows.stream().map(r -> new Item(r, reasons(r, today, now))).toList();
    }

    static Set<WorklistReason> reasons(Referral referral, LocalDate today, Instant now) {
        Set<WorklistReason> reasons = EnumSet.noneOf(WorklistReason.class);
        boolean open = referral.closedAt == null;
        if (open && referral.followUpDue != null && referral.followUpDue.isBefore(today)) {
            reasons.add(WorklistReason.OVERDUE);
        } else if (open && referral.followUpDue != null && !referral.followUpDue.isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
            reasons.add(WorklistReason.DUE);
        }
        if (!referral.modifiedAt.isBefore(now.minus(RECENT))) {
            reasons.add(WorklistReason.RECENTLY_CHANGED);
        }
        if (open && referral.firstMeeting == null) {
            reasons.add(WorklistReason.WITHOUT_OUTCOME);
        }
        if (open && referral.checkinAt != null && (referral.outcomeAt == null || referral.checkinAt.isAfter(referral.outcomeAt))) {
            reasons.add(WorklistReason.CHECKIN_RECEIVED);
        }
        return reasons;
    }
}
