package nl.zelfhulpwijzer.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reports as CSV for a spreadsheet or BI tool (RFC 4180, CRLF). A hidden (suppressed) count is an empty field.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class ReportCsv {

    public static final String REFERRAL_HEADER = "indicator,key,value";
    public static final String SURVEY_HEADER = "question,text,option,baseline,followUp";

    private ReportCsv() {
    }

    public static String referrals(ReferralReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(REFERRAL_HEADER);
        lines.add(line("PERIOD", "FROM", report.period().from()));
        lines.add(line("PERIOD", "TO", report.period().to()));
        lines.add(line("TOTAL", "", report.total()));
        for (ReferralReport.Indicator indicator : report.indicators()) {
            indicator.cells().forEach(c -> lines.add(line(indicator.dimension().name(), c.key(), c.count())));
        }
        lines.add(line("FIRST_MEETING_SHARE", "STAFF", report.firstMeetingByStaff()));
        lines.add(line("FIRST_MEETING_SHARE", "CHECKIN", report.firstMeetingByCheckin()));
        lines.add(line("DAYS_TO_FIRST_MEETING", "REFERRALS", report.daysToFirstMeeting().referrals()));
        lines.add(line("DAYS_TO_FIRST_MEETING", "MEDIAN", report.daysToFirstMeeting().median()));
        lines.add(line("DAYS_TO_FIRST_MEETING", "P90", report.daysToFirstMeeting().p90()));
        return lines.stream().map(l -> l + "\r\n").collect(Collectors.joining());
    }

    public static String survey(SurveyComparison comparison) {
        StringBuilder out = new StringBuilder(SURVEY_HEADER).append("\r\n");
        for (SurveyComparison.Question q : comparison.questions()) {
            Map<String, Long> before = counts(q.baseline());
            Map<String, Long> after = counts(q.followUp());
            Set<String> options = new LinkedHashSet<>(before.keySet());
            options.addAll(after.keySet());
            for (String option : options) {
                out.append(String.join(",", field(q.code()), field(q.text()), field(option), value(before.get(option)),
                        value(after.get(option)))).append("\r\n");
            }
        }
        return out.toString();
    }

    private static Map<String, Long> counts(Suppression.Table table) {
        Map<String, Long> counts = new LinkedHashMap<>();
        table.cells().forEach(c -> counts.put(c.key(), c.count()));
        return counts;
    }

    private static String line(String indicator, String key, Object value) {
        return String.join(",", field(indicator), field(key), value(value));
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }

    static String field(String value) {
        String text = value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
