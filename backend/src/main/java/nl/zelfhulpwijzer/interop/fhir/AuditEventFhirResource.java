package nl.zelfhulpwijzer.interop.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;

import nl.zelfhulpwijzer.common.security.Roles;

/** The audit log of the own institution, for the beheerder only, as in the JSON API. */
@Path(FhirPaths.ROOT + "/AuditEvent")
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
@RolesAllowed(Roles.BEHEERDER)
public class AuditEventFhirResource {

    @Inject
    FhirAuditEvents events;

    @GET
    public Bundle search(@Context UriInfo uri) {
        return events.search(uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri));
    }

    @GET
    @Path("{id}")
    public AuditEvent read(@PathParam("id") String id) {
        return events.read(id);
    }
}
