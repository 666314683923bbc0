package nl.zelfhulpwijzer.common.concurrency;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one ETag format of every versioned resource: {@code "v"} followed by the resource's version counters, such as
 * {@code "v3"}, or {@code "v3.5"} for a meeting that also shows its group's data. Clients treat it as opaque and send
 * it back in If-Match; {@link Preconditions} compares it.
 */
public record EntityTag(String value) {

    public EntityTag {
        if (!value.matches("\"v\\d+(\\.\\d+)*\"")) {
            throw new IllegalArgumentException("not an entity tag of this API: " + value);
        }
    }

    /** The tag of a state identified by one or more version counters. */
    public static EntityTag of(long version, long... more) {
        String rest = Arrays.stream(more).mapToObj(n -> "." + n).collect(Collectors.joining());
        return new EntityTag("\"v" + version + rest + "\"");
    }

    @Override
    public String toString() {
        return value;
    }
}
