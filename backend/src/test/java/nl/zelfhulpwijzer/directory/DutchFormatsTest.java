package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DutchFormatsTest {

    @Test
    void postcodes() {
        assertTrue(DutchFormats.isPostcode("3511 AB", Country.NL));
        assertTrue(DutchFormats.isPostcode("3511ab", Country.NL));
        assertFalse(DutchFormats.isPostcode("0511 AB", Country.NL));
        assertFalse(DutchFormats.isPostcode("3511 SS", Country.NL));
        assertFalse(DutchFormats.isPostcode("9000", Country.NL));
        assertTrue(DutchFormats.isPostcode("9000", Country.BE));
        assertFalse(DutchFormats.isPostcode("3511 AB", Country.BE));
        assertEquals("3511 AB", DutchFormats.normalisePostcode("3511ab", Country.NL));
    }

    @Test
    void phoneNumbers() {
        assertTrue(DutchFormats.isPhone("010 243 01 75"));
        assertTrue(DutchFormats.isPhone("+31 6 12345678"));
        assertTrue(DutchFormats.isPhone("0900-2177721"));
        assertTrue(DutchFormats.isPhone("+32 9 123 45 67"));
        assertTrue(DutchFormats.isPhone("03 123 45 67"));
        assertFalse(DutchFormats.isPhone("12345"));
        assertFalse(DutchFormats.isPhone("+49 30 1234567"));
        assertFalse(DutchFormats.isPhone("bel mij"));
    }

    @Test
    void webAddressesAndCoordinates() {
        assertTrue(DutchFormats.isWebAddress("https://www.aa-nederland.nl"));
        assertFalse(DutchFormats.isWebAddress("www.aa-nederland.nl"));
        assertFalse(DutchFormats.isWebAddress("javascript:alert(1)"));
        assertTrue(DutchFormats.isInBenelux(52.09, 5.12));
        assertTrue(DutchFormats.isInBenelux(51.05, 3.72));
        assertFalse(DutchFormats.isInBenelux(48.85, 2.35));
    }
}
