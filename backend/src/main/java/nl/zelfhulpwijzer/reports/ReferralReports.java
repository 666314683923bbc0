package nl.zelfhulpwijzer.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.referrals.ReferralIndicators;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.Dimension;

/**
 * Builds an institution's referral report from the referrals' read model. Reading it is not audited per referral: it
 * holds only suppressed counts, no referral and no client reference.
 */
@ApplicationScoped
public class ReferralReports {

    /** The follow-up keys of the nabesprekingen that were due: done on time, done late, not done yet. */
    private static final List<String> FOLLOW_UPS_DUE = List.of("ON_TIME", "LATE", "OVERDUE");

    @Inject
    ReferralIndicators indicators;

    @Inject
    DirectoryQueries directory;

    public ReferralReport report(String institution, ReportPeriod period) {
        return build(period, indicators.counts(institution, period.startInclusive(), period.endExclusive()),
                id -> directory.findOrganisation(id).map(o -> o.name).orElse(id));
    }

    /**
     * Suppresses every table (cells in key order, so months run in time) and derives shares only from shown counts;
     * names the organisations whose keys are shown.
     */
    static ReferralReport build(ReportPeriod period, ReferralIndicators.Counts counts, Function<String, String> organisationName) {
        Map<Dimension, Map<String, Long>> tables = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            tables.put(dimension, new TreeMap<>());
        }
        counts.cells().forEach(c -> tables.get(c.dimension()).put(c.key(), c.count()));
        List<ReferralReport.Indicator> shown = new ArrayList<>();
        tables.forEach((dimension, cells) -> {
            Suppression.Table table = Suppression.apply(cells);
            shown.add(new ReferralReport.Indicator(dimension, table.total(), table.cells()));
        });
        Long total = counts.total() >= Suppression.MIN ? counts.total() : null;
        ReferralIndicators.DaysToFirstMeeting days = counts.daysToFirstMeeting();
        ReferralReport.Days daysShown = days.referrals() >= Suppression.MIN
                ? new ReferralReport.Days(days.referrals(), days.median(), days.p90())
                : new ReferralReport.Days(null, null, null);
        Map<String, String> names = new TreeMap<>();
        indicator(shown, Dimension.ORGANISATION).cells().forEach(c -> names.put(c.key(), organisationName.apply(c.key())));
        return new ReferralReport(period, Suppression.MIN, total, shown, share(shown, Dimension.FIRST_MEETING_STAFF, "YES"),
                share(shown, Dimension.FIRST_MEETING_CHECKIN, "BEEN"), daysShown, followUpOnTime(indicator(shown, Dimension.FOLLOW_UP)),
                names);
    }

    /** On time among the due ones, when each of those counts is shown (a key that does not occur counts 0). */
    private static Double followUpOnTime(ReferralReport.Indicator followUp) {
        List<Suppression.Cell> due = followUp.cells().stream().filter(c -> FOLLOW_UPS_DUE.contains(c.key())).toList();
        if (due.stream().anyMatch(c -> c.count() == null)) {
            return null;
        }
        long all = due.stream().mapToLong(Suppression.Cell::count).sum();
        long onTime = due.stream().filter(c -> c.key().equals("ON_TIME")).mapToLong(Suppression.Cell::count).sum();
        return all == 0 ? null : (double) onTime / all;
    }

    private static ReferralReport.Indicator indicator(List<ReferralReport.Indicator> shown, Dimension dimension) {
        return shown.stream().filter(i -> i.dimension() == dimension).findFirst().orElseThrow();
    }

    private static Double share(List<ReferralReport.Indicator> shown, Dimension dimension, String key) {
        ReferralReport.Indicator indicator = indicator(shown, dimension);
        return indicator.cells().stream().filter(c -> c.key().equals(key) && c.count() != null && indicator.total() != null)
                .map(c -> (double) c.count() / indicator.total()).findFirst().orElse(null);
    }
}
