package nl.zelfhulpwijzer.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EasyReadRulesTest {

    @Test
    void countsTheWordsOfTheLongestSentenceAcrossLinesAndMarks() {
        assertEquals(4, EasyReadRules.longestSentence("Dit is een groep.\nU mag komen: kijk maar!"));
        assertEquals(0, EasyReadRules.longestSentence(""));
    }

    @Test
    void refusesASentenceLongerThanTheLimit() {
        String eleven = "een twee drie vier vijf zes zeven acht negen tien elf.";
        assertTrue(EasyReadRules.problem("easy.intro", eleven).orElseThrow().contains("11 woorden"));
        assertTrue(EasyReadRules.problem("easy.intro", "Bel 112.").isEmpty());
    }
}
