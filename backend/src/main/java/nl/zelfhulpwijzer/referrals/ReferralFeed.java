package nl.zelfhulpwijzer.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * Polling with cursor paging that never skips or repeats a row while others write. Ordering by a timestamp or a
 * sequence alone is not enough: a transaction may take sequence number 10, commit after another one has committed
 * 11, and a reader that already moved past 11 would never see 10. So every write stamps the row with its
 * transaction id as well (trigger, V51), and a page only hands out rows whose writing transaction is older than
 * every transaction still running ({@code pg_snapshot_xmin}). A row still being written is held back until it is
 * committed, never skipped; the cost is that a long transaction delays the feed, not that it loses rows.
 */
public final class ReferralFeed {

    public record Page(List<Referral> items, long lastSeq, boolean more) {
    }

    private ReferralFeed() {
    }

    @SuppressWarnings("unchecked")
    static Page page(EntityManager em, String institution, Instant modifiedAfter, long afterSeq, int size) {
        List<Referral> rows = em.createNativeQuery("select r.* from referral r where r.institution = ?1 and r.change_seq > ?2"
                + " and r.modified_at > ?3 and r.writer_xid < pg_snapshot_xmin(pg_current_snapshot())"
                + " order by r.change_seq limit ?4", Referral.class)
                .setParameter(1, institution)
                .setParameter(2, afterSeq)
                .setParameter(3, Timestamp.from(modifiedAfter != null ? modifiedAfter : Instant.EPOCH))
                .setParameter(4, size + 1)
                .getResultList();
        boolean more = rows.size() > size;
        List<Referral> items = more ? rows.subList(0, size) : rows;
        long last = items.isEmpty() ? afterSeq : items.get(items.size() - 1).changeSeq;
        return new Page(List.copyOf(items), last, more);
    }
}
