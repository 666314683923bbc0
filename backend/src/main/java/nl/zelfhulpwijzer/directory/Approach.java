package nl.zelfhulpwijzer.directory;

/** How a group works (12 steps, secular, theme-based), or NOT_APPLICABLE for offers that are not groups. */
public enum Approach {
    TWELVE_STEP, SECULAR, THEME_BASED, NOT_APPLICABLE
}
