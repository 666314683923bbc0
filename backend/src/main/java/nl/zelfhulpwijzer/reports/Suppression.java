package nl.zelfhulpwijzer.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Small-number suppression of a one-way count table, so no client can be singled out. Primary: a count below
 * {@link #MIN} is not shown. Secondary: the total is shown, so the hidden counts' sum is known; more cells are hidden
 * (smallest first) until neither that sum nor the rule gives any hidden count away. A table whose total is below {@link #MIN} shows
 * nothing at all, not even which keys occur.
 */
public final class Suppression {

    public static final int MIN = 5;

    /** A count, or null when suppressed. */
    @Schema(name = "ReportCell", description = "Een aantal; leeg als het te klein is of terug te rekenen.")
    public record Cell(@Schema(required = true) String key, Long count) {
    }

    /** The total (null when suppressed) and the cells in the order given. */
    @Schema(name = "ReportTable")
    public record Table(Long total, @Schema(required = true) List<Cell> cells) {
    }

    private Suppression() {
    }

    /** Suppresses a table of counts (each at least 1) whose total is their sum. */
    public static Table apply(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total < MIN) {
            return new Table(null, List.of());
        }
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        counts.forEach((key, count) -> hidden.put(key, count < MIN));
        List<String> shownBySize = new ArrayList<>(counts.keySet().stream().filter(k -> !hidden.get(k)).toList());
        shownBySize.sort(Comparator.comparing(counts::get));
        while (!safe(counts, hidden) && !shownBySize.isEmpty()) {
            hidden.put(shownBySize.remove(0), true);
        }
        List<Cell> cells = new ArrayList<>();
        counts.forEach((key, count) -> cells.add(new Cell(key, hidden.get(key) ? null : count)));
        return new Table(total, cells);
    }

    /**
     * The hidden cells keep their secret when each of them could still have at least two values, knowing only their
     * sum (total minus the shown counts) and the bounds the rule itself gives away: a primary cell lies in
     * 1..MIN-1, a secondary cell between MIN and the smallest count still shown.
     */
    private static boolean safe(Map<String, Long> counts, Map<String, Boolean> hidden) {
        long ceiling = counts.entrySet().stream().filter(e -> !hidden.get(e.getKey())).mapToLong(Map.Entry::getValue)
                .min().orElse(Long.MAX_VALUE / 4);
        List<long[]> bounds = new ArrayList<>();
        long sum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (hidden.get(e.getKey())) {
                sum += e.getValue();
                bounds.add(e.getValue() < MIN ? new long[] { 1, MIN - 1 } : new long[] { MIN, ceiling });
            }
        }
        long least = bounds.stream().mapToLong(b -> b[0]).sum();
        long most = bounds.stream().mapToLong(b -> b[1]).sum();
        for (long[] b : bounds) {
            long low = Math.max(b[0], sum - (most - b[1]));
            long high = Math.min(b[1], sum - (least - b[0]));
            if (low >= high) {
                return false;
            }
        }
        return true;
    }
}
