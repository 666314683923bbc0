package nl.zelfhulpwijzer.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.OrganisationWrite.ContactPointWrite;

/** A new organisation: the fields of {@link OrganisationWrite} plus what stays fixed afterwards (id, kind, approach, country, source). */
@Schema(name = "OrganisationCreate", description = "Gegevens van een nieuwe organisatie. Id, soort, aanpak, land en bron liggen daarna vast.")
public record OrganisationCreate(
        @Schema(description = "Vaste sleutel in de link; leeg: gemaakt uit de naam.", example = "steunpunt-zelfhulp-zeist")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Gebruik alleen kleine letters, cijfers en streepjes.")
        @Size(min = 3, max = 80, message = "Gebruik 3 tot en met 80 tekens.") String id,
        @Schema(required = true) @NotBlank(message = "Vul de naam in.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String name,
        @Size(max = 60, message = "Gebruik hoogstens 60 tekens.") String shortName,
        @Schema(required = true) @NotNull(message = "Kies de soort organisatie.") OrganisationKind kind,
        @Schema(required = true) @NotNull(message = "Kies de aanpak.") Approach approach,
        @Schema(required = true) @NotNull(message = "Kies het land.") Country country,
        @Schema(required = true, description = "ACTIVE of IN_FORMATION; een nieuwe organisatie is niet meteen inactief.")
        @NotNull(message = "Kies de status.") OrganisationStatus status,
        @Schema(required = true) @NotBlank(message = "Vul een omschrijving in.") @Size(max = 4000, message = "Gebruik hoogstens 4000 tekens.") String description,
        @Size(max = 80, message = "Gebruik hoogstens 80 tekens.") String umbrellaId,
        @Schema(required = true) @NotEmpty(message = "Kies voor wie het aanbod is.") List<Audience> audiences,
        @Schema(required = true) @NotEmpty(message = "Kies het middel of gedrag.") List<Behaviour> behaviours,
        @Schema(required = true) @NotNull(message = "Geef de contactgegevens mee (mag een lege lijst zijn).")
        @Size(max = 30, message = "Hoogstens 30 contactgegevens.") List<@Valid ContactPointWrite> contactPoints,
        @Schema(required = true) @NotNull(message = "Vul de bron in: waar komen deze gegevens vandaan?") @Valid SourceWrite source) {

    @Schema(name = "SourceWrite", description = "Waar de gegevens vandaan komen, bijvoorbeeld de website van de organisatie en de pagina.")
    public record SourceWrite(
            @Schema(required = true, example = "https://www.steunpuntzelfhulp.nl") @NotBlank(message = "Vul de bron in.")
            @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String document,
            @Schema(required = true, example = "Contact") @NotBlank(message = "Vul het onderdeel van de bron in, bijvoorbeeld de pagina of het hoofdstuk.")
            @Size(max = 200, message = "Gebruik hoogstens 200 tekens.") String section) {
    }

    /** The fields that can change later, for the rules and the mapping both create and update use. */
    public OrganisationWrite toWrite() {
        return new OrganisationWrite(name, shortName, status, description, umbrellaId, audiences, behaviours, contactPoints);
    }
}
