package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a coordinator looks for in the register of groups: words in the group's or organisation's name, a place,
 * one organisation, the verification state and the status. Builds the JPQL condition, so the rule is testable
 * without a database.
 */
public record RegisterFilter(String words, String place, String organisationId, Verification verification,
        GroupStatus status, boolean withDemo) {

    /** Whether a group's data were checked recently enough. */
    public enum Verification {
        /** Never checked, or longer ago than directory.reverify-after. */
        DUE,
        /** Checked within directory.reverify-after. */
        CURRENT
    }

    /** A JPQL condition on {@code g} (group), {@code o} (organisation) and {@code l} (location) with positional parameters. */
    public record Condition(String where, List<Object> parameters) {
    }

    /** The condition; {@code threshold} is the moment before which a verification counts as outdated. */
    public Condition condition(Instant threshold) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (String word : words(words)) {
            parameters.add("%" + word + "%");
            int n = parameters.size();
            parts.add("(lower(g.name) like ?" + n + " or lower(o.name) like ?" + n + " or lower(coalesce(o.shortName, '')) like ?" + n + ")");
        }
        if (present(place)) {
            parameters.add("%" + place.trim().toLowerCase(Locale.ROOT) + "%");
            parts.add("lower(coalesce(l.city, '')) like ?" + parameters.size());
        }
        if (present(organisationId)) {
            parameters.add(organisationId.trim());
            parts.add("o.id = ?" + parameters.size());
        }
        if (verification != null) {
            parameters.add(threshold);
            int n = parameters.size();
            parts.add(verification == Verification.DUE ? "(g.verifiedAt is null or g.verifiedAt < ?" + n + ")"
                    : "g.verifiedAt >= ?" + n);
        }
        if (status != null) {
            parameters.add(status);
            parts.add("g.status = ?" + parameters.size());
        }
        if (!withDemo) {
            parts.add("g.demo = false");
        }
        return new Condition(parts.isEmpty() ? "true" : String.join(" and ", parts), parameters);
    }

    private static List<String> words(String text) {
        if (!present(text)) {
            return List.of();
        }
        return List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
