package nl.zelfhulpwijzer.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "OrganisationWrite", description = "Gegevens van een organisatie bij wijzigen. Soort, aanpak, land en bron blijven zoals ze zijn.")
public record OrganisationWrite(
        @Schema(required = true) @NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String name,
        @Size(max = 60, message = "Gebruik hoogstens 60 tekens.") String shortName,
        @Schema(required = true) @NotNull(message = "Kies de status.") OrganisationStatus status,
        @Schema(required = true) @NotBlank(message = "Vul een omschrijving in.") @Size(max = 4000, message = "Gebruik hoogstens 4000 tekens.") String description,
        @Size(max = 80, message = "Gebruik hoogstens 80 tekens.") String umbrellaId,
        @Schema(required = true) @NotEmpty(message = "Kies voor wie het aanbod is.") List<Audience> audiences,
        @Schema(required = true) @NotEmpty(message = "Kies het middel of gedrag.") List<Behaviour> behaviours,
        @Schema(required = true) @NotNull(message = "Geef de contactgegevens mee (mag een lege lijst zijn).")
        @Size(max = 30, message = "Hoogstens 30 contactgegevens.") List<@Valid ContactPointWrite> contactPoints) {

    @Schema(name = "ContactPointWrite")
    public record ContactPointWrite(
            @Schema(required = true) @NotNull(message = "Kies de soort.") ContactKind kind,
            @Size(max = 120, message = "Gebruik hoogstens 120 tekens.") String label,
            @Schema(required = true) @NotBlank(message = "Vul de waarde in.") @Size(max = 300, message = "Gebruik hoogstens 300 tekens.") String value,
            @Size(max = 300, message = "Gebruik hoogstens 300 tekens.") String note) {
    }
}
