package nl.zelfhulpwijzer.interop.hsds;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open Referral HSDS 3.0 read API over the same data (paths, parameters and shapes as the HSDS openapi.json):
 * organisations, groups as services, their places as service_at_locations, and our code lists as taxonomies. Public.
 * This is its root; the objects have a resource each in this package.
 */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "HSDS", description = "Open Referral HSDS 3.0 (alleen lezen).")
public class HsdsRootResource {

    static final String PROFILE = "https://docs.openreferral.org/en/v3.0/";

    @GET
    @Path("/")
    @Operation(operationId = "hsdsInfo", summary = "Over deze HSDS-API")
    @APIResponse(responseCode = "200", description = "Versie, profiel en de OpenAPI-beschrijving.")
    public HsdsModel.Info info(@Context UriInfo uri) {
        return new HsdsModel.Info("3.0", PROFILE, uri.getBaseUriBuilder().path("q/openapi").build().toString());
    }
}
