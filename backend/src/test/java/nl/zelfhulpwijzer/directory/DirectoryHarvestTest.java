package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The name search's range: exactly the names that start with the prefix lie between it and its successor. */
class DirectoryHarvestTest {

    private static final String MAX = new String(Character.toChars(Character.MAX_CODE_POINT));

    @Test
    void theSuccessorRaisesTheLastCodePoint() {
        assertEquals("voorbeeld: ab", DirectoryHarvest.successor("voorbeeld: aa"));
        assertEquals("é", DirectoryHarvest.successor("è"));
        assertEquals("\uE000", DirectoryHarvest.successor("\uD7FF"));
        assertEquals("b", DirectoryHarvest.successor("a" + MAX + MAX));
        assertNull(DirectoryHarvest.successor(MAX));
        assertNull(DirectoryHarvest.successor(""));
    }

    /** PostgreSQL's order under collation "C": UTF-8 bytes, which is code point order. */
    private static int compare(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    @Test
    void theRangeHoldsExactlyTheNamesWithThePrefix() {
        List<Integer> alphabet = List.of((int) 'a', (int) 'b', (int) 'z', 0xD7FF, 0xE000, 0x1F600, Character.MAX_CODE_POINT);
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            String prefix = word(random, alphabet, 3);
            String name = random.nextInt(3) == 0 ? prefix + word(random, alphabet, 3) : word(random, alphabet, 5);
            String to = DirectoryHarvest.successor(prefix);
            boolean inRange = compare(name, prefix) >= 0 && (to == null || compare(name, to) < 0);
            assertEquals(name.startsWith(prefix), inRange, () -> "prefix " + codes(prefix) + ", name " + codes(name));
        }
    }

    private static String word(Random random, List<Integer> alphabet, int maxLength) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            word.appendCodePoint(alphabet.get(random.nextInt(alphabet.size())));
        }
        return word.toString();
    }

    private static String codes(String s) {
        return Arrays.toString(s.codePoints().mapToObj(Integer::toHexString).toArray());
    }
}
