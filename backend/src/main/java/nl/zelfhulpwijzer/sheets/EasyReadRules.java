package nl.zelfhulpwijzer.sheets;

import java.util.Arrays;
import java.util.Optional;

/**
 * The easy-read rule the sheets keep (003's material: short sentences, one idea per line): no sentence longer than
 * {@link #MAX_WORDS} words. Checked when sheet texts are published and in the tests on the generated text.
 */
public final class EasyReadRules {

    public static final int MAX_WORDS = 10;

    private EasyReadRules() {
    }

    /** The words of the longest sentence (sentences end at . ? ! : or a line break). */
    public static int longestSentence(String text) {
        return Arrays.stream(text.split("[.?!:\\n]+")).mapToInt(EasyReadRules::words).max().orElse(0);
    }

    /** Why this text is not easy to read, in Dutch, or empty when it is. */
    public static Optional<String> problem(String key, String text) {
        int longest = longestSentence(text);
        return longest > MAX_WORDS
                ? Optional.of("De tekst '" + key + "' heeft een zin van " + longest + " woorden; in makkelijk lezen mag dat "
                        + "hoogstens " + MAX_WORDS + " zijn.")
                : Optional.empty();
    }

    private static int words(String sentence) {
        String trimmed = sentence.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
