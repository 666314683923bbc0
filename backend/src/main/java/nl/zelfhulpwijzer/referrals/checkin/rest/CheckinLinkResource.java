package nl.zelfhulpwijzer.referrals.checkin.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.referrals.checkin.Checkins;

/** Staff (or the EPD) make a check-in link for a referral of their own institution. */
@Path("/api/v1/referrals/{id}/check-in-link")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in")
public class CheckinLinkResource {

    @Inject
    Checkins checkins;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    @Operation(operationId = "createCheckinLink", summary = "Een check-in-link voor de cliënt maken",
            description = "Alleen met toestemming van de cliënt voor nabespreking. De link werkt een beperkte tijd (nooit na het "
                    + "einde van de toestemming) en een beperkt aantal keren; de link zelf wordt niet bewaard. Een verwijzing heeft "
                    + "één geldige link: een nieuwe link (ook op een opnieuw afgedrukt verwijsblad) maakt de vorige ongeldig.")
    @APIResponse(responseCode = "201", description = "De link, eenmalig.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckinLinkView.class)))
    @APIResponse(responseCode = "404", description = "Geen verwijzing van uw instelling.")
    @APIResponse(responseCode = "409", description = "Geen toestemming voor nabespreking, of de verwijzing is afgesloten.")
    public Response create(@PathParam("id") UUID id) {
        Checkins.NewLink link = checkins.createLink(id, user.requiredInstitution(), user.username());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED).cacheControl(noStore).entity(CheckinLinkView.of(link)).build();
    }
}
