package nl.zelfhulpwijzer.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.implementation.InstitutionNames;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Account", description = "Wie ben ik volgens het token.")
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    InstitutionNames institutions;

    @GET
    @Operation(operationId = "getMe", summary = "De ingelogde gebruiker: naam, rollen, instelling en de naam daarvan")
    public Me me() {
        return new Me(user.username(), user.displayName(), user.roles(), user.institution(),
                institutions.nameOf(user.institution()).orElse(null));
    }
}
