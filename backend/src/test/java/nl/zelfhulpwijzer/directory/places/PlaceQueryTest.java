package nl.zelfhulpwijzer.directory.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.directory.Country;

class PlaceQueryTest {

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertEquals("s hertogenbosch", PlaceNames.normalise("'s-Hertogenbosch"));
        assertEquals("s hertogenbosch", PlaceNames.normalise("  S-HERTOGENBOSCH "));
        assertEquals("liege", PlaceNames.normalise("Liège"));
        assertEquals("molenbeek saint jean", PlaceNames.normalise("Molenbeek-Saint-Jean"));
    }

    @Test
    void aPlaceNameIsNoPostcode() {
        PlaceQuery query = PlaceQuery.parse("Den Bosch");
        assertFalse(query.isPostcode());
        assertEquals("den bosch", query.name());
        assertEquals(Optional.empty(), query.country());
    }

    @Test
    void fourDigitsAreAPostcodeInEitherCountry() {
        PlaceQuery query = PlaceQuery.parse(" 3511 ");
        assertEquals("3511", query.postcode());
        assertEquals("", query.name());
        assertEquals(Optional.empty(), query.country());
    }

    @Test
    void twoLettersAfterTheDigitsMeanTheNetherlands() {
        for (String text : new String[] {"3511 AB", "3511ab", "3511 AB Utrecht"}) {
            PlaceQuery query = PlaceQuery.parse(text);
            assertEquals("3511", query.postcode(), text);
            assertEquals(Optional.of(Country.NL), query.country(), text);
        }
        assertEquals("utrecht", PlaceQuery.parse("3511 AB Utrecht").name());
    }

    @Test
    void aNameAfterThePostcodeIsKeptToChooseBetweenAreas() {
        PlaceQuery query = PlaceQuery.parse("1000 Brussel");
        assertEquals("1000", query.postcode());
        assertEquals("brussel", query.name());
        assertEquals(Optional.empty(), query.country());
    }

    @Test
    void otherNumbersAreNoPostcode() {
        assertFalse(PlaceQuery.parse("351").isPostcode());
        assertFalse(PlaceQuery.parse("35111").isPostcode());
        assertTrue(PlaceQuery.parse(" - ").isEmpty());
    }

    @Test
    void theLabelNamesMunicipalityOnlyWhenItDiffers() {
        Place zeist = new Place(PlaceKind.PLAATS, Country.NL, "Zeist", null, "Utrecht", "Zeist", 52.09, 5.23);
        Place driebergen = new Place(PlaceKind.PLAATS, Country.NL, "Driebergen-Rijsenburg", null, "Utrecht",
                "Utrechtse Heuvelrug", 52.05, 5.28);
        Place utrecht3511 = new Place(PlaceKind.POSTCODE, Country.NL, "Utrecht", "3511", "Utrecht", "Utrecht", 52.09, 5.12);
        assertEquals("Zeist, Utrecht", zeist.label());
        assertEquals("Driebergen-Rijsenburg (gemeente Utrechtse Heuvelrug), Utrecht", driebergen.label());
        assertEquals("3511 Utrecht, Utrecht", utrecht3511.label());
    }
}
