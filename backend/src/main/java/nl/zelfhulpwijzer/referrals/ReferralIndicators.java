package nl.zelfhulpwijzer.referrals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The published read model for evaluation reports: counts of one institution's referrals per indicator, aggregated in
 * one SQL pass (grouping sets) so no referral leaves this feature. Referrals entered in error are left out. The
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

    // One expression per dimension, in the order of Dimension; the grouping sets below use the same order.
    private static final String[] KEYS = {
        "to_char(r.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM')",
        "r.treatment_phase",
        "r.route",
        "r.level",
        "r.organisation_id",
        "r.status",
        "case when r.outcome_at is null then 'NOT_RECORDED' when r.continues then 'CONTINUES' else 'STOPPED' end",
        "coalesce(r.first_meeting, 'NOT_RECORDED')",
        "coalesce(r.checkin_answer, 'NOT_RECORDED')",
        // The nabespreking is on time when the outcome was recorded by its due date (ReferralRules.followUpDue).
        "case when r.outcome_at is not null and (r.outcome_at at time zone 'Europe/Amsterdam')::date <= " + "%1$s then 'ON_TIME'"
            + " when r.outcome_at is not null then 'LATE'"
            + " when %1$s < current_date then 'OVERDUE' else 'NOT_DUE' end",
        "r.not_for_me_reason",
    };

    private static final String NABESPREKING_DUE = "coalesce(r.first_meeting_on + " + ReferralRules.NABESPREKING_AFTER_DAYS
            + ", (r.created_at at time zone 'Europe/Amsterdam')::date + " + ReferralRules.NABESPREKING_DEFAULT_DAYS + ")";

    private static final String WHERE = " where r.institution = ?1 and r.created_at >= ?2 and r.created_at < ?3"
            + " and r.status <> 'ENTERED_IN_ERROR'";

    private static final String COUNTS_SQL;

    static {
        List<String> selects = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            selects.add(KEYS[i].formatted(NABESPREKING_DUE) + " as k" + i);
            sets.add("(k" + i + ")");
        }
        COUNTS_SQL = "select grouping(" + String.join(", ", keyNames()) + "), " + String.join(", ", keyNames()) + ", count(*)"
                + " from (select " + String.join(", ", selects) + " from referral r" + WHERE + ") x"
                + " group by grouping sets (" + String.join(", ", sets) + ", ())";
    }

    private static final String DAYS_SQL = "select count(*),"
            + " percentile_cont(0.5) within group (order by d), percentile_cont(0.9) within group (order by d)"
            + " from (select r.first_meeting_on - (r.created_at at time zone 'Europe/Amsterdam')::date as d from referral r" + WHERE
            + " and r.first_meeting = 'YES' and r.first_meeting_on is not null) x";

    private static final String WORK_MEM = "16MB";

    @Inject
    EntityManager em;

    /**
     * Counts per indicator of the referrals created in [from, to) by {@code institution}. The period's rows come from
     * the covering index referral_report (V175); the memory for this one query lets every grouping set be counted in a
     * hash table in the same pass, where the planner would otherwise sort (and spill) the rows for the month and the
     * follow-up, whose number of distinct keys it cannot estimate.
     */
    @Transactional
    public Counts counts(String institution, Instant from, Instant to) {
        em.createNativeQuery("set local work_mem = '" + WORK_MEM + "'").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS_SQL).setParameter(1, institution)
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getResultList();
        long total = 0;
        List<Count> cells = new ArrayList<>();
        Dimension[] dimensions = Dimension.values();
        for (Object[] row : rows) {
            int grouping = ((Number) row[0]).intValue();
            long count = ((Number) row[row.length - 1]).longValue();
            int dimension = groupedDimension(grouping, dimensions.length);
            if (dimension < 0) {
                total = count;
            } else if (row[1 + dimension] != null) {
                cells.add(new Count(dimensions[dimension], row[1 + dimension].toString(), count));
            }
        }
        Object[] days = (Object[]) em.createNativeQuery(DAYS_SQL).setParameter(1, institution)
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to)).getSingleResult();
        return new Counts(total, cells, new DaysToFirstMeeting(((Number) days[0]).longValue(), asDouble(days[1]),
                asDouble(days[2])));
    }

    /** grouping() sets a bit per key left out, the first key highest; the one key kept is the dimension, none: total. */
    private static int groupedDimension(int grouping, int keys) {
        for (int i = 0; i < keys; i++) {
            if ((grouping & (1 << (keys - 1 - i))) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keyNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            names.add("k" + i);
        }
        return names;
    }

    private static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
