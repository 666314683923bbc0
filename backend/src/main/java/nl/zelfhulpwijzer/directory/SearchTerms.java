package nl.zelfhulpwijzer.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a free-text query into lower-case, accent-free terms, the same normal form the database
 * keeps in {@code search_text}, so "Zelfhulp Eindhoven" and "zelfhulp eindhóven" match alike.
 */
public final class SearchTerms {

    static final int MAX_TERMS = 8;

    private SearchTerms() {
    }

    public static List<String> of(String query) {
        if (query == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(query, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}'-]+"))
                .filter(term -> !term.isBlank())
                .distinct()
                .limit(MAX_TERMS)
                .toList();
    }

    /** A LIKE pattern that matches the term anywhere, with LIKE's wildcards taken literally. */
    public static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
