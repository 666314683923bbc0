package nl.zelfhulpwijzer.directory.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation of place names, shared with scripts/places/build-places.py (which stores names this way):
 * accents dropped, lower case, every run of other characters than a-z and 0-9 one space. So "'s-Hertogenbosch",
 * "s hertogenbosch" and "S-HERTOGENBOSCH" are the same name.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private PlaceNames() {
    }

    public static String normalise(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return OTHER.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
