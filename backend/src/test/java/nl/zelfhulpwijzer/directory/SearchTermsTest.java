package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void lowerCasesStripsAccentsAndSplitsOnPunctuation() {
        assertEquals(List.of("zelfhulp", "eindhoven", "s-hertogenbosch"),
                SearchTerms.of("  Zelfhulp, Eíndhoven; S-Hertogenbosch"));
    }

    @Test
    void emptyOrNullGivesNoTerms() {
        assertEquals(List.of(), SearchTerms.of(null));
        assertEquals(List.of(), SearchTerms.of("  ,; "));
    }

    @Test
    void dropsDuplicatesAndCapsTheNumberOfTerms() {
        assertEquals(List.of("aa"), SearchTerms.of("AA aa Aa"));
        assertEquals(SearchTerms.MAX_TERMS, SearchTerms.of("a b c d e f g h i j k").size());
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("%100\\%\\_x%", SearchTerms.containsPattern("100%_x"));
    }
}
