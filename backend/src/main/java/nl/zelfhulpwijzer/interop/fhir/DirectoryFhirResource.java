package nl.zelfhulpwijzer.interop.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** The directory's FHIR R4 door (IHE mCSD): public reads, no login, as the JSON API's directory reads. */
@Path(FhirPaths.ROOT + "/{type: Organization|Location|HealthcareService}")
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class DirectoryFhirResource {

    @Inject
    FhirDirectory directory;

    @GET
    public Bundle search(@PathParam("type") String type, @Context UriInfo uri) {
        return directory.search(type, uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri));
    }

    @GET
    @Path("_history")
    public Bundle history(@PathParam("type") String type, @Context UriInfo uri) {
        return directory.history(type, uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri));
    }

    @GET
    @Path("{id}")
    public Resource read(@PathParam("type") String type, @PathParam("id") String id) {
        return directory.read(type, id);
    }
}
