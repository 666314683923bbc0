package nl.zelfhulpwijzer.implementation.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.ContactPerson;

@Schema(description = "Een contactpersoon zoals de instelling die vastlegt.")
public record ContactPersonInput(
        @Schema(required = true, implementation = ContactPerson.Role.class) @NotBlank(message = "Kies de rol.") String role,
        @Schema(required = true) @NotBlank(message = "Vul de naam in.") @Size(max = 120, message = "Gebruik hoogstens 120 tekens.") String name,
        @Size(max = 120, message = "Gebruik hoogstens 120 tekens.") String function,
        @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String organisation,
        @Email(message = "Vul een geldig e-mailadres in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String email,
        @Size(max = 40, message = "Gebruik hoogstens 40 tekens.") String phone,
        @Size(max = 1000, message = "Gebruik hoogstens 1000 tekens.") String notes) {
}
