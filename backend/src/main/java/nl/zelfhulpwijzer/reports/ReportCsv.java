package nl.zelfhulpwijzer.reports;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import nl.zelfhulpwijzer.common.csv.Csv;

/**
 * The reports as CSV for a spreadsheet or BI tool, written by common/csv (RFC 4180, CRLF, no formulas). A hidden
 * (suppressed) count is an empty field.
 */
public final class ReportCsv {

    public static final String REFERRAL_HEADER = "indicator,key,value";
    public static final String SURVEY_HEADER = "question,text,option,baseline,followUp";

    private ReportCsv() {
    }

    public static String referrals(ReferralReport report) {
        Csv csv = new Csv().line((Object[]) REFERRAL_HEADER.split(","));
        csv.line("PERIOD", "FROM", report.period().from()).line("PERIOD", "TO", report.period().to());
        csv.line("TOTAL", "", report.total());
        for (ReferralReport.Indicator indicator : report.indicators()) {
            indicator.cells().forEach(c -> csv.line(indicator.dimension().name(), c.key(), c.count()));
        }
        csv.line("FIRST_MEETING_SHARE", "STAFF", report.firstMeetingByStaff());
        csv.line("FIRST_MEETING_SHARE", "CHECKIN", report.firstMeetingByCheckin());
        csv.line("DAYS_TO_FIRST_MEETING", "REFERRALS", report.daysToFirstMeeting().referrals());
        csv.line("DAYS_TO_FIRST_MEETING", "MEDIAN", report.daysToFirstMeeting().median());
        csv.line("DAYS_TO_FIRST_MEETING", "P90", report.daysToFirstMeeting().p90());
        csv.line("FOLLOW_UP_SHARE", "ON_TIME", report.followUpOnTime());
        report.organisationNames().forEach((id, name) -> csv.line("ORGANISATION_NAME", id, name));
        return csv.toString();
    }

    public static String survey(SurveyComparison comparison) {
        Csv csv = new Csv().line((Object[]) SURVEY_HEADER.split(","));
        for (SurveyComparison.Question q : comparison.questions()) {
            Map<String, Long> before = counts(q.baseline());
            Map<String, Long> after = counts(q.followUp());
            Set<String> options = new LinkedHashSet<>(before.keySet());
            options.addAll(after.keySet());
            options.forEach(option -> csv.line(q.code(), q.text(), option, before.get(option), after.get(option)));
        }
        return csv.toString();
    }

    private static Map<String, Long> counts(Suppression.Table table) {
        Map<String, Long> counts = new LinkedHashMap<>();
        table.cells().forEach(c -> counts.put(c.key(), c.count()));
        return counts;
    }
}
