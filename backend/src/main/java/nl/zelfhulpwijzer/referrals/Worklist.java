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
        // The first page of each of the three parts, each read in this order from its own index (V100), then the
        // first page of their union: the same rows as one OR query, without sorting every open referral.
        String order = " order by follow_up_due nulls last, modified_at desc, id limit ?4";
        List<Referral> rows = em.createNativeQuery("select r.* from referral r where r.id in ("
                + "(select id from referral where institution = ?1 and closed_at is null and follow_up_due <= ?2" + order + ")"
                + " union (select id from referral where institution = ?1 and modified_at >= ?3" + order + ")"
                + " union (select id from referral where institution = ?1 and closed_at is null and checkin_at is not null"
                + " and (outcome_at is null or checkin_at > outcome_at)" + order + "))" + order, Referral.class)
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
