package nl.zelfhulpwijzer.advice.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.CriterionKind;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.SourceReference;

/** API model of the criteria catalogue. */
public final class CatalogueDtos {

    private CatalogueDtos() {
    }

    @Schema(name = "CriteriaCatalogue", description = "Een versie van de verwijscriteria (gepubliceerd of concept).")
    public record CatalogueDto(
            @Schema(required = true) int version,
            @Schema(required = true) String status,
            @Schema(required = true) String title,
            String note,
            @Schema(description = "Wanneer gepubliceerd; leeg bij een concept.") Instant publishedAt,
            @Schema(required = true, description = "Telt op bij elke wijziging van een concept.") int revision,
            @Schema(required = true) List<CriterionDto> criteria) {
    }

    @Schema(name = "Criterion", description = "Een verwijscriterium met bron.")
    public record CriterionDto(
            @Schema(required = true, example = "PILOT_7B_ABSTINENCE_WISH") String code,
            @Schema(required = true) CriterionKind kind,
            @Schema(required = true) AppliesTo appliesTo,
            @Schema(required = true) String text,
            String action,
            @Schema(required = true) SourceReference source,
            @Schema(description = "Letterlijk citaat uit de bron; ontbreekt alleen in versies van voor de citaten.") String quote,
            @Schema(required = true, description = "Waar als de tekst een afleiding is: de bron zegt het niet letterlijk.") boolean inference) {
    }

    @Schema(name = "CriterionScope", description = "Voor welke organisaties het criterium geldt; een lege lijst betekent: alle.")
    public record AppliesTo(
            @Schema(required = true) List<Approach> approaches,
            @Schema(required = true) List<OrganisationKind> organisationKinds,
            @Schema(required = true) List<String> organisationIds) {
    }
}
