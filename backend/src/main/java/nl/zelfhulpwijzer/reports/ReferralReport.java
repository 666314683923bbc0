package nl.zelfhulpwijzer.reports;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.ReferralIndicators;

/**
 * The evaluation report on one institution's referrals in a period, after small-number suppression: every count is
 * at least {@link Suppression#MIN} or null.
 *
 * @param total referrals in the period (null: fewer than five)
 * @param indicators one count table per indicator
 * @param firstMeetingByStaff share (0..1) with a first meeting attended as staff recorded it; null when hidden
 * @param firstMeetingByCheckin share (0..1) that said "ik ben geweest" through the check-in link; null when hidden
 * @param daysToFirstMeeting median and 90th percentile of the days from referral to an attended first meeting
 * @param followUpOnTime share (0..1) of the due nabesprekingen that were done on time; null when hidden or none due
 * @param organisationNames the name of each organisation in the organisation indicator, by id
 */
public record ReferralReport(@Schema(required = true) ReportPeriod period, @Schema(required = true) int minimumCount, Long total,
        @Schema(required = true) List<Indicator> indicators,
        Double firstMeetingByStaff, Double firstMeetingByCheckin, @Schema(required = true) Days daysToFirstMeeting,
        Double followUpOnTime, @Schema(required = true) Map<String, String> organisationNames) {

    @Schema(name = "ReportIndicator")
    public record Indicator(@Schema(required = true) ReferralIndicators.Dimension dimension, Long total,
            @Schema(required = true) List<Suppression.Cell> cells) {
    }

    /** Null figures when fewer than five referrals had an attended first meeting with a date. */
    @Schema(name = "ReportDays")
    public record Days(Long referrals, Double median, Double p90) {
    }
}
