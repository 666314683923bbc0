package nl.zelfhulpwijzer.advice;

/** The verdict per candidate, best first; when several criteria cap the verdict, the worst one wins. */
public enum Verdict {
    FITS_NOW("past nu"),
    MAY_FIT("past mogelijk"),
    /** The institution does not refer now (advies 7b); the group may still be tried, which is information. */
    NOT_NOW("nu niet verwijzen"),
    LATER_SERIAL("later, na de huidige behandeling"),
    DOES_NOT_FIT("past niet");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Verdict worst(Verdict other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }
}
