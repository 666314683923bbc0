package nl.zelfhulpwijzer.directory.places;

import nl.zelfhulpwijzer.directory.Country;

/** A place or postcode area with the point that distances are measured from. */
public record Place(PlaceKind kind, Country country, String name, String postcode, String province,
        String municipality, double latitude, double longitude) {

    /** How a person recognises it in a list: "3511 Utrecht", "Driebergen-Rijsenburg (gemeente Utrechtse Heuvelrug), Utrecht". */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (postcode != null) {
            label.append(postcode).append(' ');
        }
        label.append(name);
        if (kind == PlaceKind.PLAATS && municipality != null && !PlaceNames.normalise(municipality).equals(PlaceNames.normalise(name))) {
            label.append(" (gemeente ").append(municipality).append(')');
        }
        if (province != null) {
            label.append(", ").append(province);
        }
        return label.toString();
    }
}
