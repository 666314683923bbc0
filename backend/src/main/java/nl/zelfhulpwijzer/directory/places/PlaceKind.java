package nl.zelfhulpwijzer.directory.places;

/** A place (town, village, district) or a 4-digit postcode area. */
public enum PlaceKind {
    PLAATS, POSTCODE
}
