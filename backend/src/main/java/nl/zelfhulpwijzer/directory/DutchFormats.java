package nl.zelfhulpwijzer.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for Dutch and Belgian postcodes, phone numbers, web addresses and coordinates. Pure functions. */
public final class DutchFormats {

    private static final Pattern NL_POSTCODE = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");
    private static final Pattern BE_POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern NL_PHONE = Pattern.compile("(\\+31|0031|0)[1-9][0-9]{8}");
    private static final Pattern NL_SERVICE = Pattern.compile("0(800|900|906|909)[0-9]{4,7}");
    private static final Pattern BE_PHONE = Pattern.compile("(\\+32|0032|0)[1-9][0-9]{7,8}");
    private static final Pattern BE_SERVICE = Pattern.compile("0(800|70|78|90[0-9])[0-9]{5,6}");

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

    public static boolean isInBenelux(double latitude, double longitude) {
        return latitude >= MIN_LAT && latitude <= MAX_LAT && longitude >= MIN_LON && longitude <= MAX_LON;
    }
}
