package nl.zelfhulpwijzer.directory;

import java.time.LocalTime;

/**
 * Parts of the day as the Meeting Guide finder (tsml-ui) uses them: ochtend 04:00–11:59, middag 12:00–16:59,
 * avond 17:00–20:59, nacht 21:00–03:59. A meeting belongs to the part in which it starts.
 */
public enum TimeOfDay {
    MORNING(LocalTime.of(4, 0), LocalTime.of(12, 0)),
    MIDDAY(LocalTime.of(12, 0), LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.of(21, 0)),
    NIGHT(LocalTime.of(21, 0), LocalTime.of(4, 0));

    private final LocalTime from;
    private final LocalTime until;

    TimeOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public LocalTime from() {
        return from;
    }

    /** Exclusive end; for NIGHT it lies on the next day. */
    public LocalTime until() {
        return until;
    }

    public boolean contains(LocalTime start) {
        return from.isBefore(until)
                ? !start.isBefore(from) && start.isBefore(until)
                : !start.isBefore(from) || start.isBefore(until);
    }

    public static TimeOfDay of(LocalTime start) {
        for (TimeOfDay part : values()) {
            if (part.contains(start)) {
                return part;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
