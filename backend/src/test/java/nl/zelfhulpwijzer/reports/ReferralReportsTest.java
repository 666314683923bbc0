package nl.zelfhulpwijzer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.referrals.ReferralIndicators.Count;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.Counts;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.DaysToFirstMeeting;
import nl.zelfhulpwijzer.referrals.ReferralIndicators.Dimension;

class ReferralReportsTest {

    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    private static ReferralReport report(Object... followUps) {
        List<Count> cells = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < followUps.length; i += 2) {
            long count = ((Number) followUps[i + 1]).longValue();
            cells.add(new Count(Dimension.FOLLOW_UP, (String) followUps[i], count));
            total += count;
        }
        cells.add(new Count(Dimension.ORGANISATION, "aa-nederland", total - 3));
        cells.add(new Count(Dimension.ORGANISATION, "al-anon", 3));
        return ReferralReports.build(PERIOD, new Counts(total, cells, new DaysToFirstMeeting(0, null, null)),
                id -> Map.of("aa-nederland", "Anonieme Alcoholisten Nederland").getOrDefault(id, id));
    }

    @Test
    void followUpsOnTimeAreCountedAmongThoseDueNotThoseNotYetDue() {
        assertEquals(0.6, report("ON_TIME", 15, "LATE", 5, "OVERDUE", 5, "NOT_DUE", 30).followUpOnTime(), 1e-9);
        assertEquals(1.0, report("ON_TIME", 12, "NOT_DUE", 30).followUpOnTime(), 1e-9);
    }

    @Test
    void noFollowUpShareWhenACountOfTheDueOnesIsHiddenOrNoneWasDue() {
        assertNull(report("ON_TIME", 12, "LATE", 2, "NOT_DUE", 30).followUpOnTime());
        assertNull(report("NOT_DUE", 30).followUpOnTime());
    }

    @Test
    void namesTheOrganisationsOfTheTableHiddenCountsToo() {
        ReferralReport report = report("ON_TIME", 12, "NOT_DUE", 30);
        assertEquals(Map.of("aa-nederland", "Anonieme Alcoholisten Nederland", "al-anon", "al-anon"), report.organisationNames());
        assertNull(report.indicators().stream().filter(i -> i.dimension() == Dimension.ORGANISATION).findFirst().orElseThrow()
                .cells().get(1).count());
    }
}
