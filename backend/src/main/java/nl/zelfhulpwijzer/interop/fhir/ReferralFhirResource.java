package nl.zelfhulpwijzer.interop.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.referrals.Referral;

/**
 * Referrals as ServiceRequest + Task for EPDs, with the JSON API's roles: medewerker and epd write; coordinator and
 * beheerder read too. Only the caller's institution's referrals exist here (another's: 404).
 */
@Path(FhirPaths.ROOT)
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class ReferralFhirResource {

    @Inject
    FhirReferrals referrals;

    @Inject
    FhirJson fhir;

    @Inject
    CurrentUser user;

    /** A transaction Bundle of one ServiceRequest and its Task; Idempotency-Key as in the JSON API. */
    @POST
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    public Response transaction(@HeaderParam("Idempotency-Key") String idempotencyKey, String body) {
        String institution = user.requiredInstitution();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        String answer = referrals.create(institution, fhir.parseStrict(Bundle.class, body), key);
        return Response.ok(answer, FhirJson.MEDIA_TYPE).build();
    }

    @GET
    @Path("{type: ServiceRequest|Task}/{id}")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD, Roles.COORDINATOR, Roles.BEHEERDER })
    public Response read(@PathParam("type") String type, @PathParam("id") String id) {
        Resource resource = referrals.read(type, id, user.requiredInstitution());
        return Response.ok(resource).header(HttpHeaders.ETAG, "W/\"" + resource.getMeta().getVersionId() + "\"").build();
    }

    @GET
    @Path("Task")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD, Roles.COORDINATOR, Roles.BEHEERDER })
    public Bundle searchTasks(@Context UriInfo uri) {
        return referrals.searchTasks(user.requiredInstitution(), uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri));
    }

    /** A status change (statusReason where asked) or the outcome in Task.output, with If-Match W/"version". */
    @PUT
    @Path("Task/{id}")
    @Consumes({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.MEDEWERKER, Roles.EPD })
    public Response updateTask(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        Referral referral = referrals.update(id, user.requiredInstitution(), ifMatch, fhir.parseStrict(Task.class, body));
        return Response.ok(ReferralFhirMapping.task(referral)).header(HttpHeaders.ETAG, ReferralFhirMapping.etag(referral)).build();
    }
}
