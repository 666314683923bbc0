package nl.zelfhulpwijzer.sheets.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.sheets.SheetRenderer;
import nl.zelfhulpwijzer.sheets.Sheets;

/**
 * The client's referral sheet. A POST, because with the client's consent every sheet carries a new personal check-in
 * link (its token is in this answer only, so the answer is never cached).
 */
@Path("/api/v1/sheets/referrals/{id}")
@Produces({ MediaType.TEXT_HTML, SheetFormat.PDF_TYPE })
@Tag(name = "Voorlichtingsbladen")
public class ReferralSheetResource {

    @Inject
    Sheets sheets;

    @Inject
    SheetRenderer renderer;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    @Operation(operationId = "referralSheet", summary = "Verwijsblad voor de cliënt",
            description = "De gekozen groep of organisatie, hoe de cliënt gaat en de eerste bijeenkomst. Alleen als de cliënt "
                    + "toestemming gaf voor nabespreking staat er een QR-code van een nieuwe, persoonlijke check-in-link op. "
                    + "Geen naam of andere gegevens van de cliënt.")
    @APIResponse(responseCode = "200", description = "Het blad.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Onbekend formaat.")
    @APIResponse(responseCode = "404", description = "Geen verwijzing van uw instelling.")
    public Response referral(@PathParam("id") UUID id,
            @Parameter(description = "html (standaard) of pdf") @QueryParam("formaat") String format) {
        Response sheet = SheetFormat.respond(format, () -> sheets.referral(id, user.requiredInstitution(), user.username()),
                renderer, "verwijzing");
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.fromResponse(sheet).cacheControl(noStore).build();
    }
}
