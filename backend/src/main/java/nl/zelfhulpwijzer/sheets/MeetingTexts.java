package nl.zelfhulpwijzer.sheets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.Location;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** Meetings, places and dates in plain Dutch for the sheets. */
final class MeetingTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", DUTCH);
    private static final String[] NTH = { "", "eerste", "tweede", "derde", "vierde", "vijfde" };

    private MeetingTexts() {
    }

    /** "Elke maandag van 19:30 tot 21:30" or "Elke tweede dinsdag van de maand om 20:00". */
    static String schedule(Meeting meeting) {
        var s = meeting.schedule();
        String day = s.day().getDisplayName(TextStyle.FULL, DUTCH);
        String when = s.frequency() == Frequency.WEEKLY ? "Elke " + day
                : "Elke " + (s.weekOfMonth() != null && s.weekOfMonth() < 0 ? "laatste" : NTH[s.weekOfMonth()]) + " " + day
                        + " van de maand";
        return when + (s.end() == null ? " om " + TIME.format(s.start())
                : " van " + TIME.format(s.start()) + " tot " + TIME.format(s.end()));
    }

    /** The next {@code count} dates of the group's open meetings, soonest first: "maandag 7 december 2026 om 19:30". */
    static List<String> nextDates(SelfHelpGroup group, Instant now, int count) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (Meeting meeting : group.meetings) {
            if (meeting.temporarilyClosed) {
                continue;
            }
            Instant from = now;
            for (int i = 0; i < count; i++) {
                ZonedDateTime next = meeting.schedule().nextStart(from);
                starts.add(next);
                from = next.toInstant().plusSeconds(60);
            }
        }
        return starts.stream().sorted(Comparator.naturalOrder()).limit(count)
                .map(t -> DATE.format(t) + " om " + TIME.format(t)).toList();
    }

    /** Where the meeting is: its place, else the group's, else online. */
    static String place(Meeting meeting) {
        Location location = meeting.location != null ? meeting.location : meeting.group.location;
        if (location != null && location.isSpecific()) {
            return join(location.name, location.address, join(location.postcode, location.city));
        }
        if (meeting.conferenceUrl != null || meeting.conferencePhone != null) {
            return "Online" + (meeting.conferenceUrl != null ? ": " + meeting.conferenceUrl : "")
                    + (meeting.conferencePhone != null ? " (inbellen: " + meeting.conferencePhone + ")" : "");
        }
        return location != null && location.city != null ? location.city : "Plaats: vraag het de groep";
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String join(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
