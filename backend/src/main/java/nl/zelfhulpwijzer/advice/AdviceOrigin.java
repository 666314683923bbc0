package nl.zelfhulpwijzer.advice;

import nl.zelfhulpwijzer.directory.Country;

/**
 * Where the client looks for help: the point distances are measured from (null without a place), how the place was
 * understood ({@code label}, e.g. "3511 Utrecht"), and the home country with where it came from. The home country
 * only orders equal offers (home first); a country in the profile also filters.
 */
public record AdviceOrigin(Double latitude, Double longitude, String label, Country home, HomeSource homeSource) {

    /** Where the home country came from. */
    public enum HomeSource { PROFILE, PLACE, INSTITUTION }

    public static final AdviceOrigin NONE = new AdviceOrigin(null, null, null, null, null);

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
