package nl.zelfhulpwijzer.common.concurrency;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one If-Match check of every versioned write: the caller sends the ETag it read, and the write goes ahead only
 * when that is still the current state. Missing If-Match: {@link VersionRequired} (428); another state:
 * {@link StaleVersion} (412). Call it after loading the resource (404 first) and before changing anything.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** A write to an existing resource whose current state has tag {@code current}. */
    public static void requireMatch(String ifMatch, EntityTag current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequired();
        }
        if (!matches(ifMatch, current)) {
            throw new StaleVersion();
        }
    }

    /**
     * A write that creates the resource when it does not exist yet ({@code current} empty): then no If-Match is
     * needed and any sent one is stale (RFC 9110: If-Match fails without a current state); else as {@link #requireMatch}.
     */
    public static void requireMatchUnlessNew(String ifMatch, Optional<EntityTag> current) {
        if (current.isPresent()) {
            requireMatch(ifMatch, current.get());
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw new StaleVersion();
        }
    }

    /** If-Match is a list of tags, weak ones marked W/, or "*" for any current state. */
    static boolean matches(String ifMatch, EntityTag current) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current.value()));
    }
}
