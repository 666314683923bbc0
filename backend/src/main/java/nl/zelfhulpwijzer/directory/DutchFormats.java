package nl.zelfhulpwijzer.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks for Dutch and Belgian postcodes, phone numbers, web addresses, coordinates, times and time zones. Pure functions. */
public final class DutchFormats {

    private static final Pattern NL_POSTCODE = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");
    private static final Pattern BE_POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern NL_PHONE = Pattern.compile("(\\+31|0031|0)[1-9][0-9]{8}");
    private static final Pattern NL_SERVICE = Pattern.compile("0(800|900|906|909)[0-9]{4,7}");
    private static final Pattern BE_PHONE = Pattern.compile("(\\+32|0032|0)[1-9][0-9]{7,8}");
    private static final Pattern BE_SERVICE = Pattern.compile("0(800|70|78|90[0-9])[0-9]{5,6}");
    private static final Pattern DIAL_IN = Pattern.compile("[+0-9 ,*#()-]{6,30}");
    private static final Pattern CLOCK_TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    /** "1234 AB Plaats" or "1000 Brussel" at the start of an address line. */
    private static final Pattern POSTCODE_AND_PLACE = Pattern.compile("^(\\d{4}(?: ?[A-Za-z]{2})?)\\s+(.+)$");

    /** Benelux bounding box, with some margin: coordinates outside are almost certainly a mistake. */
    public static final double MIN_LAT = 49.3;
    public static final double MAX_LAT = 53.8;
    public static final double MIN_LON = 2.3;
    public static final double MAX_LON = 7.4;

    private DutchFormats() {
    }

    public static boolean isPostcode(String value, Country country) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        return country == Country.BE ? BE_POSTCODE.matcher(v).matches() : NL_POSTCODE.matcher(v).matches();
    }

    /** "3511ab" becomes "3511 AB"; Belgian postcodes stay as they are. */
    public static String normalisePostcode(String value, Country country) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        return country == Country.NL && v.length() == 6 ? v.substring(0, 4) + " " + v.substring(4) : v;
    }

    /** A Dutch or Belgian phone number, with or without country code; spaces, dashes, dots and brackets allowed. */
    public static boolean isPhone(String value) {
        if (value == null || !value.matches("[+0-9 ()./-]{6,30}")) {
            return false;
        }
        String digits = value.replaceAll("[ ()./-]", "");
        return NL_PHONE.matcher(digits).matches() || NL_SERVICE.matcher(digits).matches()
                || BE_PHONE.matcher(digits).matches() || BE_SERVICE.matcher(digits).matches();
    }

    /** An absolute http(s) address with a host. */
    public static boolean isWebAddress(String value) {
        if (value == null || value.length() > 300) {
            return false;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A conference dial-in number: digits and +, with spaces, commas, * and # for pauses and PINs. */
    public static boolean isDialIn(String value) {
        return value != null && DIAL_IN.matcher(value).matches();
    }

    /** A time of day as HH:MM (24 hours). */
    public static boolean isClockTime(String value) {
        return value != null && CLOCK_TIME.matcher(value).matches();
    }

    /** A named time zone such as Europe/Amsterdam (not an offset or an abbreviation). */
    public static boolean isNamedZone(String value) {
        try {
            return value != null && value.contains("/") && ZoneId.of(value) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** "1234 AB Plaats" as postcode and place; empty when the text does not start with a postcode. */
    public static Optional<String[]> postcodeAndPlace(String text) {
        Matcher m = POSTCODE_AND_PLACE.matcher(text);
        return m.matches() ? Optional.of(new String[] { m.group(1), m.group(2) }) : Optional.empty();
    }

    public static boolean isInBenelux(double latitude, double longitude) {
        return latitude >= MIN_LAT && latitude <= MAX_LAT && longitude >= MIN_LON && longitude <= MAX_LON;
    }
}
