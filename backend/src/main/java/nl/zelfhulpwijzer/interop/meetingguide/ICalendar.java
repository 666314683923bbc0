package nl.zelfhulpwijzer.interop.meetingguide;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.zelfhulpwijzer.directory.Location;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.MeetingSchedule;

/** A recurring meeting as an iCalendar (RFC 5545) file: one VEVENT with its RRULE, for "zet in agenda". */
public final class ICalendar {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    public static String of(Meeting m, Instant now, String publicBaseUrl) {
        MeetingSchedule schedule = m.schedule();
        ZonedDateTime start = schedule.nextStart(now);
        ZonedDateTime end = m.endTime == null ? start.plusHours(1)
                : start.with(m.endTime).plusDays(m.endTime.isAfter(m.startTime) ? 0 : 1);
        String tz = m.timeZone;
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Zelfhulpwijzer//Sociale kaart//NL");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + m.slug + "@zelfhulpwijzer.nl");
        lines.add("DTSTAMP:" + UTC.format(now));
        lines.add("DTSTART;TZID=" + tz + ":" + LOCAL.format(start));
        lines.add("DTEND;TZID=" + tz + ":" + LOCAL.format(end));
        lines.add("RRULE:" + schedule.rrule());
        lines.add("SUMMARY:" + text((m.group.demo ? "[Voorbeeld] " : "") + m.displayName()));
        Location l = m.location;
        if (l != null) {
            String place = l.isSpecific()
                    ? String.join(", ", nonNull(l.name), nonNull(l.address), (l.postcode == null ? "" : l.postcode + " ") + l.city)
                    : l.city;
            lines.add("LOCATION:" + text(place.replaceAll("^(, )+", "").replace(", , ", ", ")));
            if (l.isSpecific() && l.latitude != null) {
                lines.add("GEO:" + l.latitude + ";" + l.longitude);
            }
        }
        List<String> description = new ArrayList<>();
        description.add(m.group.organisation.name);
        if (m.conferenceUrl != null) {
            description.add("Online: " + m.conferenceUrl);
        }
        if (m.conferencePhone != null) {
            description.add("Inbellen: " + m.conferencePhone);
        }
        if (m.group.demo) {
            description.add("Voorbeeldgegevens: deze groep bestaat niet echt.");
        }
        lines.add("DESCRIPTION:" + text(String.join("\n", description)));
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        lines.add("URL:" + base + "/bijeenkomsten/" + m.slug);
        if (m.temporarilyClosed) {
            lines.add("STATUS:CANCELLED");
        }
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line)).append("\r\n");
        }
        return out.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Escapes TEXT values (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Folds lines longer than 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
