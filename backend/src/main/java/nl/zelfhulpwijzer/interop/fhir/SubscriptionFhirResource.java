package nl.zelfhulpwijzer.interop.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Subscription;

import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;

/** Subscriptions to the own institution's referral changes, for its EPD (and its beheerder). */
@Path(FhirPaths.ROOT + "/Subscription")
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
@RolesAllowed({ Roles.EPD, Roles.BEHEERDER })
public class SubscriptionFhirResource {

    @Inject
    FhirSubscriptions subscriptions;

    @Inject
    FhirJson fhir;

    @Inject
    CurrentUser user;

    /** 201 with the Subscription, its signing secret shown this once (extension webhook-geheim). */
    @POST
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    public Response create(String body, @Context UriInfo uri) {
        Subscription made = subscriptions.create(user.requiredInstitution(), user.username(),
                fhir.parseStrict(Subscription.class, body));
        return Response.status(Response.Status.CREATED).entity(made)
                .location(uri.getBaseUriBuilder().path(FhirPaths.ROOT).path("Subscription").path(made.getIdPart()).build()).build();
    }

    @GET
    public Bundle search(@Context UriInfo uri) {
        return subscriptions.search(user.requiredInstitution(), uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri));
    }

    @GET
    @Path("{id}")
    public Subscription read(@PathParam("id") String id) {
        return subscriptions.read(user.requiredInstitution(), id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        subscriptions.delete(user.requiredInstitution(), id);
        return Response.noContent().build();
    }
}
