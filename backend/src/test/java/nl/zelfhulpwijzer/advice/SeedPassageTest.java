package nl.zelfhulpwijzer.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.support.Seeds;

/**
 * Every passage the advice rules cite is in its seed, word for word (line breaks and hyphenation aside), under a section
 * heading that occurs in that seed: the same check (support/Seeds) as the catalogue and the pathways.
 */
class SeedPassageTest {

    @Test
    void everyQuoteIsVerbatimInItsSeed() {
        List<String> problems = new ArrayList<>();
        for (SeedPassage p : SeedPassage.values()) {
            if (!Seeds.exists(p.document())) {
                problems.add(p + ": no seed " + p.document());
            } else {
                if (!Seeds.contains(p.document(), p.quote())) {
                    problems.add(p + ": quote not found in " + p.document() + ": " + p.quote());
                }
                if (!Seeds.contains(p.document(), p.section())) {
                    problems.add(p + ": section is not a heading in " + p.document() + ": " + p.section());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sectionsAreNamed() {
        for (SeedPassage p : SeedPassage.values()) {
            assertFalse(p.section().isBlank(), p.name());
        }
    }
}
