package nl.zelfhulpwijzer.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Small-number suppression, including what can be worked out from the total. */
class SuppressionTest {

    @Test
    void aCountBelowFiveIsHiddenAndTheNextSmallestToo() {
        Suppression.Table table = Suppression.apply(counts(3, 20, 7, 40));
        assertEquals(70L, table.total());
        assertEquals(Arrays.asList(null, 20L, null, 40L), table.cells().stream().map(Suppression.Cell::count).toList());
    }

    @Test
    void largeCountsAreAllShown() {
        assertEquals(List.of(5L, 9L), Suppression.apply(counts(5, 9)).cells().stream().map(Suppression.Cell::count).toList());
    }

    @Test
    void aTotalBelowFiveShowsNothingNotEvenTheKeys() {
        Suppression.Table table = Suppression.apply(counts(1, 1, 2));
        assertNull(table.total());
        assertTrue(table.cells().isEmpty());
    }

    /**
     * Property, checked over every table of up to four cells with small counts: every shown count is at least five,
     * and for every hidden count an attacker who knows the rule, the shown counts and the total finds at least two
     * values it could have (each from a table the rule would publish in exactly the same way).
     */
    @Test
    void noHiddenCountCanBeWorkedOutFromTheTotalAndTheRule() {
        int[] maxCount = { 0, 20, 16, 13, 9 };
        for (int cells = 1; cells <= 4; cells++) {
            for (int[] values : tables(cells, 1, maxCount[cells])) {
                Suppression.Table published = Suppression.apply(counts(values));
                published.cells().forEach(c -> assertTrue(c.count() == null || c.count() >= Suppression.MIN, c::toString));
                if (published.total() == null) {
                    assertTrue(published.cells().isEmpty());
                    continue;
                }
                List<Set<Integer>> possible = possibleValues(published, values);
                for (int i = 0; i < published.cells().size(); i++) {
                    if (published.cells().get(i).count() == null) {
                        assertTrue(possible.get(i).size() >= 2, () -> "cell derivable in " + Arrays.toString(values));
                    }
                }
            }
        }
    }

    /** Per cell, the values it has in the tables with the same shown counts and total that the rule publishes alike. */
    private static List<Set<Integer>> possibleValues(Suppression.Table published, int[] values) {
        List<Integer> hidden = new ArrayList<>();
        int hiddenSum = 0;
        for (int i = 0; i < values.length; i++) {
            if (published.cells().get(i).count() == null) {
                hidden.add(i);
                hiddenSum += values[i];
            }
        }
        List<Set<Integer>> possible = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            possible.add(new HashSet<>());
        }
        if (hidden.isEmpty()) {
            return possible;
        }
        for (int[] free : tables(hidden.size() - 1, 1, hiddenSum)) {
            int last = hiddenSum - Arrays.stream(free).sum();
            if (last < 1) {
                continue;
            }
            int[] candidate = values.clone();
            for (int j = 0; j < free.length; j++) {
                candidate[hidden.get(j)] = free[j];
            }
            candidate[hidden.get(hidden.size() - 1)] = last;
            if (Suppression.apply(counts(candidate)).equals(published)) {
                hidden.forEach(i -> possible.get(i).add(candidate[i]));
            }
        }
        return possible;
    }

    private static List<int[]> tables(int cells, int min, int max) {
        List<int[]> result = new ArrayList<>();
        fill(new int[cells], 0, min, max, result);
        return result;
    }

    private static void fill(int[] values, int at, int min, int max, List<int[]> result) {
        if (at == values.length) {
            result.add(values.clone());
            return;
        }
        for (int v = min; v <= max; v++) {
            values[at] = v;
            fill(values, at + 1, min, max, result);
        }
    }

    private static Map<String, Long> counts(int... values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            counts.put("k" + i, (long) values[i]);
        }
        return counts;
    }
}
