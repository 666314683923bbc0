package nl.zelfhulpwijzer.directory;

/** How often a meeting recurs: every week, or once a month on the nth weekday (HSDS {@code byday} such as 2MO). */
public enum Frequency {
    WEEKLY, MONTHLY
}
