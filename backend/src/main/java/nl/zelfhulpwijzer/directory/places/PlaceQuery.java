package nl.zelfhulpwijzer.directory.places;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.zelfhulpwijzer.directory.Country;

/**
 * What a person typed, read as a postcode ("3511", "3511 AB", "1000 Brussel") or a place name ("Den Bosch").
 * Dutch postcodes have two letters after the four digits, Belgian ones none, so letters mean the Netherlands.
 *
 * @param postcode the four digits, or null for a name
 * @param name the normalised name (after the postcode, if any); empty when only a postcode was typed
 * @param country the country the text itself implies, if any
 */
public record PlaceQuery(String postcode, String name, Optional<Country> country) {

    private static final Pattern POSTCODE = Pattern.compile("(\\d{4}) ?([a-z]{2})?(?: (.+))?");

    public static PlaceQuery parse(String text) {
        String normalised = PlaceNames.normalise(text);
        Matcher postcode = POSTCODE.matcher(normalised);
        if (!postcode.matches()) {
            return new PlaceQuery(null, normalised, Optional.empty());
        }
        Optional<Country> country = postcode.group(2) != null ? Optional.of(Country.NL) : Optional.empty();
        String name = postcode.group(3) != null ? postcode.group(3) : "";
        return new PlaceQuery(postcode.group(1), name, country);
    }

    public boolean isPostcode() {
        return postcode != null;
    }

    public boolean isEmpty() {
        return postcode == null && name.isEmpty();
    }
}
