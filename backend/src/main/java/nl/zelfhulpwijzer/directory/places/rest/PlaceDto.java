package nl.zelfhulpwijzer.directory.places.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.places.Place;
import nl.zelfhulpwijzer.directory.places.PlaceKind;

@Schema(name = "Place", description = "Een plaats of postcodegebied met het punt waarvandaan afstanden worden gemeten.")
public record PlaceDto(
        @Schema(required = true, description = "PLAATS of POSTCODE (4 cijfers).") PlaceKind kind,
        @Schema(required = true) Country country,
        @Schema(required = true, description = "Naam van de plaats; bij een postcode de plaats waarin die ligt.") String name,
        @Schema(nullable = true, description = "De 4 cijfers, alleen bij een postcode.") String postcode,
        @Schema(nullable = true) String province,
        @Schema(nullable = true) String municipality,
        @Schema(required = true) double latitude,
        @Schema(required = true) double longitude,
        @Schema(required = true, description = "Tekst voor een keuzelijst, bijv. '3511 Utrecht, Utrecht'.") String label) {

    static PlaceDto of(Place place) {
        return new PlaceDto(place.kind(), place.country(), place.name(), place.postcode(), place.province(),
                place.municipality(), place.latitude(), place.longitude(), place.label());
    }
}
