package nl.zelfhulpwijzer.directory;

import java.text.Normalizer;
import java.util.Locale;

/** The one way a key is made from a name in the directory: plain lower-case letters and digits joined by "-". */
public final class Slugs {

    private Slugs() {
    }

    /** "Één Groep – Zwolle" becomes "een-groep-zwolle"; null becomes "". */
    public static String of(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
