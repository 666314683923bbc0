package nl.zelfhulpwijzer.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.Country;

@Schema(name = "Location", description = "Een plek waar een groep samenkomt.")
public record LocationDto(
        @Schema(description = "Naam van het gebouw.", example = "Buurthuis De Linde") String name,
        String address,
        String postcode,
        @Schema(required = true) String city,
        String region,
        @Schema(required = true) Country country,
        Double latitude,
        Double longitude,
        @Schema(required = true, description = "Alleen de plaats is bekend, niet het precieze adres.") boolean approximate) {
}
