package nl.zelfhulpwijzer.advice.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.CriterionKind;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.OrganisationKind;

/** A criterion as a coordinator sends it for a draft; the code is in the path. */
@Schema(name = "CriterionInput", description = "Een verwijscriterium in een concept.")
public record CriterionInput(
        @NotBlank(message = "Kies de soort criterium.")
        @Schema(required = true, implementation = CriterionKind.class, description = "Soort criterium.") String kind,
        @Size(max = 4, message = "Kies hoogstens 4 werkwijzen.")
        @Schema(type = SchemaType.ARRAY, implementation = Approach.class, description = "Werkwijzen; leeg = alle.") List<String> approaches,
        @Size(max = 6, message = "Kies hoogstens 6 soorten organisaties.")
        @Schema(type = SchemaType.ARRAY, implementation = OrganisationKind.class, description = "Soorten organisaties; leeg = alle.")
        List<String> organisationKinds,
        @Size(max = 50, message = "Noem hoogstens 50 organisaties.")
        @Schema(description = "Organisaties (id); leeg = alle.")
        List<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "Gebruik het id van een organisatie, zoals aa-nederland.") String> organisationIds,
        @NotBlank(message = "Vul de tekst in.") @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.")
        @Schema(required = true, description = "Wat de bron zegt, in B1-Nederlands.") String text,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.")
        @Schema(description = "Wat je moet doen.") String action,
        @NotBlank(message = "Noem het brondocument.") @Size(max = 200, message = "Gebruik hoogstens 200 tekens.")
        @Schema(required = true, example = "002_e30f9ceb731b810b.txt") String sourceDocument,
        @NotBlank(message = "Noem het hoofdstuk of de paragraaf in de bron.") @Size(max = 300, message = "Gebruik hoogstens 300 tekens.")
        @Schema(required = true, example = "HOE VERWIJZEN?") String sourceSection,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.")
        @Schema(description = "Letterlijk citaat uit de bron, onder de genoemde kop.") String sourceQuote,
        @Schema(description = "Waar als de tekst een afleiding is: de bron zegt het niet letterlijk.") Boolean inference) {
}
