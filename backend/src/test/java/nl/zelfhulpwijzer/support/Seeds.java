package nl.zelfhulpwijzer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seed documents in shared/seeds, for tests that check citations. Found from the environment (ZHW_SEEDS_DIR)
 * or by walking up from the working directory (tests run in backend/, the seeds are at ../../shared/seeds from a
 * worktree and at ../../shared/seeds from /work/main as well).
 */
public final class Seeds {

    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?U)(?<=\\w)-[ \\t]*\\r?\\n\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Map<String, String> NORMALISED = new HashMap<>();

    private Seeds() {
    }

    public static Path directory() {
        String configured = System.getenv("ZHW_SEEDS_DIR");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path fallback = Path.of("..", "..", "shared", "seeds").toAbsolutePath().normalize();
        throw new IllegalStateException("Seed directory not found (looked upwards from " + Path.of("").toAbsolutePath()
                + " and at " + fallback + "); set ZHW_SEEDS_DIR");
    }

    public static boolean exists(String document) {
        return document != null && document.matches("[\\w.-]+") && Files.isRegularFile(directory().resolve(document));
    }

    /** True when {@code passage} occurs in the document, ignoring line breaks, hyphenation at line ends and case. */
    public static boolean contains(String document, String passage) {
        return text(document).contains(normalise(passage));
    }

    /** The same normalisation as scripts/pathways/generate.py. */
    public static String normalise(String text) {
        String joined = HYPHEN_BREAK.matcher(text).replaceAll("");
        return WHITESPACE.matcher(joined).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static synchronized String text(String document) {
        return NORMALISED.computeIfAbsent(document, name -> {
            try {
                return normalise(Files.readString(directory().resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
