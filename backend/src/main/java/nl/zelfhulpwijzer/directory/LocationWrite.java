package nl.zelfhulpwijzer.directory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "LocationWrite", description = "Plek van een groep, bij aanmaken of wijzigen.")
public record LocationWrite(
        @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String name,
        @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String address,
        @Size(max = 10, message = "Gebruik hoogstens 10 tekens.") String postcode,
        @NotBlank(message = "Vul de plaats in.") @Size(max = 100, message = "Gebruik hoogstens 100 tekens.") String city,
        @Size(max = 100, message = "Gebruik hoogstens 100 tekens.") String region,
        @NotNull(message = "Kies het land: NL of BE.") Country country,
        @DecimalMin(value = "-90", message = "Vul een breedtegraad in van -90 tot en met 90.")
        @DecimalMax(value = "90", message = "Vul een breedtegraad in van -90 tot en met 90.") Double latitude,
        @DecimalMin(value = "-180", message = "Vul een lengtegraad in van -180 tot en met 180.")
        @DecimalMax(value = "180", message = "Vul een lengtegraad in van -180 tot en met 180.") Double longitude,
        @Schema(description = "Alleen de plaats is bekend, niet het precieze adres.") Boolean approximate) {
}
