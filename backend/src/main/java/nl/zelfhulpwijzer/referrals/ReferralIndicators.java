package nl.zelfhulpwijzer.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The published read model for evaluation reports: counts of one institution's referrals per indicator, summed from
 * the per-day counts the database keeps (V176), so no referral leaves this feature. Referrals entered in error are left out. The
 * counts are raw; the caller applies small-number suppression before anything is shown.
 */
@ApplicationScoped
public class ReferralIndicators {

    /** The indicators, each a one-way count table over the referrals of the period. */
    @Schema(name = "ReportDimension")
    public enum Dimension {
        MONTH, TREATMENT_PHASE, ROUTE, LEVEL, ORGANISATION, STATUS, OUTCOME, FIRST_MEETING_STAFF, FIRST_MEETING_CHECKIN,
        FOLLOW_UP, NOT_FOR_ME_REASON
    }

    public record Count(Dimension dimension, String key, long count) {
    }

    /** Days from the referral to a first meeting that was attended, over {@code referrals} such referrals. */
    public record DaysToFirstMeeting(long referrals, Double median, Double p90) {
    }

    public record Counts(long total, List<Count> cells, DaysToFirstMeeting daysToFirstMeeting) {
    }

    /** Keys of the outcome and follow-up dimensions that are not an enum value of the referral. */
    public static final String NOT_RECORDED = "NOT_RECORDED";

    /**
     * The period's counts from referral_report_day (V176), which triggers on referral keep per institution, day,
     * dimension and key; only this class reads it. A follow-up whose outcome is not recorded is stored with its due
     * date ("DUE jjjj-mm-dd") and becomes OVERDUE or NOT_DUE here; DAYS holds one count per number of days to an
     * attended first meeting.
     */
    private static final String COUNTS_SQL = "select dimension,"
            + " case when dimension = 'FOLLOW_UP' and key like 'DUE %'"
            + " then case when substr(key, 5)::date < current_date then 'OVERDUE' else 'NOT_DUE' end else key end,"
            + " sum(count) from referral_report_day where institution = ?1 and day >= ?2 and day <= ?3"
            + " group by 1, 2 having sum(count) > 0";

    private static final String MONTH = "MONTH";
    private static final String DAYS = "DAYS";

    @Inject
    EntityManager em;

    /**
     * Counts per indicator of the referrals created by {@code institution} from {@code from} to {@code to} (whole days in
     * Dutch time, both included). The total is the sum of the months, as every counted referral has exactly one.
     */
    @Transactional
    public Counts counts(String institution, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS_SQL).setParameter(1, institution).setParameter(2, from)
                .setParameter(3, to).getResultList();
        long total = 0;
        List<Count> cells = new ArrayList<>();
        NavigableMap<Integer, Long> days = new TreeMap<>();
        for (Object[] row : rows) {
            String dimension = (String) row[0];
            String key = (String) row[1];
            long count = ((Number) row[2]).longValue();
            if (dimension.equals(DAYS)) {
                days.merge(Integer.parseInt(key), count, Long::sum);
                continue;
            }
            if (dimension.equals(MONTH)) {
                total += count;
            }
            cells.add(new Count(Dimension.valueOf(dimension), key, count));
        }
        return new Counts(total, cells, daysToFirstMeeting(days));
    }

    /**
     * Median and 90th percentile of values given as counts per value, interpolated between the two nearest values as
     * PostgreSQL's percentile_cont does.
     */
    static DaysToFirstMeeting daysToFirstMeeting(NavigableMap<Integer, Long> countsPerDays) {
        long n = countsPerDays.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new DaysToFirstMeeting(0, null, null);
        }
        return new DaysToFirstMeeting(n, percentile(countsPerDays, n, 0.5), percentile(countsPerDays, n, 0.9));
    }

    private static double percentile(NavigableMap<Integer, Long> countsPerValue, long n, double fraction) {
        double position = fraction * (n - 1);
        long below = (long) Math.floor(position);
        int lower = valueAt(countsPerValue, below);
        int upper = valueAt(countsPerValue, (long) Math.ceil(position));
        return lower + (position - below) * (upper - lower);
    }

    /** The value at 0-based position {@code index} of the sorted values. */
    private static int valueAt(NavigableMap<Integer, Long> countsPerValue, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : countsPerValue.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen + " values");
    }
}
