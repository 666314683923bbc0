package nl.zelfhulpwijzer.implementation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.Facility;

@Schema(description = "Een folderstand of ruimte zoals de instelling die vastlegt.")
public record FacilityInput(
        @Schema(required = true, implementation = Facility.Kind.class) @NotBlank(message = "Kies stand of ruimte.") String kind,
        @Schema(required = true) @NotBlank(message = "Vul de plek in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String location,
        @Size(max = 120, message = "Gebruik hoogstens 120 tekens.") String responsible,
        @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String schedule,
        @Schema(type = SchemaType.STRING, format = "date") String lastChecked,
        @Size(max = 1000, message = "Gebruik hoogstens 1000 tekens.") String notes) {
}
