package nl.zelfhulpwijzer.directory.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.SourceReference;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

@Schema(description = "Een organisatie in de sociale kaart, zonder contactgegevens.")
public record OrganisationSummary(
        @Schema(required = true, example = "aa-nederland") String id,
        @Schema(required = true) String name,
        String shortName,
        @Schema(required = true) OrganisationKind kind,
        @Schema(required = true) Approach approach,
        @Schema(required = true) Country country,
        @Schema(required = true) OrganisationStatus status,
        @Schema(description = "Id van de overkoepelende organisatie, als die er is.", example = "al-anon") String umbrellaId,
        @Schema(required = true) String description,
        @Schema(required = true) List<Audience> audiences,
        @Schema(required = true) List<Behaviour> behaviours,
        @Schema(required = true, description = "Wanneer een mens deze gegevens het laatst heeft gecontroleerd.")
        LocalDate verifiedAt,
        @Schema(description = "Wie de gegevens het laatst heeft gecontroleerd; leeg bij gegevens uit de bron.") String verifiedBy,
        @Schema(required = true) SourceReference source) {
}
