package nl.zelfhulpwijzer.advice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.advice.AdviceService;

@Path("/api/v1/criteria")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advies", description = "Welke groep past? Uitgelegd advies op basis van de verwijscriteria.")
public class CriteriaResource {

    @Inject
    AdviceService advice;

    @GET
    @Operation(operationId = "getCriteria", summary = "De gepubliceerde verwijscriteria, met versie en bronnen",
            description = "Openbaar. De nieuwste gepubliceerde versie; een gepubliceerde versie verandert nooit meer.")
    @APIResponse(responseCode = "200", description = "De verwijscriteria.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CatalogueDtos.CatalogueDto.class)))
    public CatalogueDtos.CatalogueDto get() {
        return AdviceMapper.toDto(advice.publishedCatalogueEntity());
    }
}
