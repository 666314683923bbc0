package nl.zelfhulpwijzer.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "GroupWrite", description = "Gegevens van een groep bij aanmaken of wijzigen. Nooit de achternaam van een persoon.")
public record GroupWrite(
        @Schema(description = "Alleen bij aanmaken; leeg: gemaakt uit de naam.")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Gebruik alleen kleine letters, cijfers en streepjes.")
        @Size(min = 3, max = 120, message = "Gebruik 3 tot en met 120 tekens.") String slug,
        @Schema(required = true) @NotBlank(message = "Kies de organisatie.") @Size(max = 80, message = "Gebruik hoogstens 80 tekens.")
        String organisationId,
        @Schema(required = true) @NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.")
        String name,
        @Valid LocationWrite location,
        @Schema(required = true) @NotEmpty(message = "Kies voor wie de groep is.") List<Audience> audiences,
        List<Behaviour> behaviours,
        Boolean open,
        Boolean dualDiagnosis,
        Boolean insideInstitution,
        Boolean acceptsTrial,
        @Size(max = 500, message = "Gebruik hoogstens 500 tekens.") String medicationNote,
        List<@Pattern(regexp = "[a-z]{2}", message = "Gebruik een taalcode van twee kleine letters, bijvoorbeeld nl.") String> languages,
        List<Accessibility> accessibility,
        Boolean professionalMayAttend,
        ContactRole contactRole,
        @Size(max = 30, message = "Gebruik hoogstens 30 tekens.") String contactPhone,
        @Email(message = "Vul een geldig e-mailadres in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String contactEmail,
        @Size(max = 300, message = "Gebruik hoogstens 300 tekens.") String website,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.") String notes) {
}
