package nl.zelfhulpwijzer.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.referrals.ReferralIndicators;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.Dimension;

/**
 * Builds an institution's referral report from the referrals' read model. Reading it is not audited per referral: it
 * holds only suppressed counts, no referral and no client reference.
 */
@ApplicationScoped
public class ReferralReports {

    @Inject
    ReferralIndicators indicators;

    public ReferralReport report(String institution, ReportPeriod period) {
        return build(period, indicators.counts(institution, period.startInclusive(), period.endExclusive()));
    }

    /** Suppresses every table (cells in key order, so months run in time) and derives shares only from shown counts. */
    static ReferralReport build(ReportPeriod period, ReferralIndicators.Counts counts) {
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
        return new ReferralReport(period, Suppression.MIN, total, shown, share(shown, Dimension.FIRST_MEETING_STAFF, "YES"),
                share(shown, Dimension.FIRST_MEETING_CHECKIN, "BEEN"), daysShown);
    }

    private static Double share(List<ReferralReport.Indicator> shown, Dimension dimension, String key) {
        ReferralReport.Indicator indicator = shown.stream().filter(i -> i.dimension() == dimension).findFirst().orElseThrow();
        return indicator.cells().stream().filter(c -> c.key().equals(key) && c.count() != null && indicator.total() != null)
                .map(c -> (double) c.count() / indicator.total()).findFirst().orElse(null);
    }
}
