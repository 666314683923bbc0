package nl.zelfhulpwijzer.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksAndDoublesQuotes() {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\n\nlines\",\"cr\rend\"\r\n",
                new Csv().line("plain", "a,b", "say \"hi\"", "two\n\nlines", "cr\rend").toString());
    }

    @Test
    void nullIsAnEmptyFieldAndNumbersStayAsTheyAre() {
        assertEquals(",-5,3.5,\r\n", new Csv().line(null, -5L, 3.5, "").toString());
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertEquals("'=SUM(A1),'+1,'-x,'@cmd,'\ttab,\"'=1,2\"\r\n",
                new Csv().line("=SUM(A1)", "+1", "-x", "@cmd", "\ttab", "=1,2").toString());
    }

    @Test
    void everyLineEndsInCrLf() {
        assertEquals("a,b\r\nc,d\r\n", new Csv().line("a", "b").line("c", "d").toString());
    }
}
