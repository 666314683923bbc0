package nl.zelfhulpwijzer.interop.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Resource;

import nl.zelfhulpwijzer.common.http.ServerCache;

/**
 * The directory's FHIR R4 door (IHE mCSD): public reads, no login, as the JSON API's directory reads. Searches and
 * history are the directory's public data, so the server keeps their encoded answers as it keeps the JSON search's
 * ({@link ServerCache}: per query, base address, Accept header, minute and directory version).
 */
@Path(FhirPaths.ROOT + "/{type: Organization|Location|HealthcareService}")
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class DirectoryFhirResource {

    @Inject
    FhirDirectory directory;

    @Inject
    FhirJson fhir;

    @GET
    @ServerCache
    public String search(@PathParam("type") String type, @Context UriInfo uri) {
        return fhir.encode(directory.search(type, uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri)));
    }

    @GET
    @ServerCache
    @Path("_history")
    public String history(@PathParam("type") String type, @Context UriInfo uri) {
        return fhir.encode(directory.history(type, uri.getQueryParameters(), uri.getRequestUri(), FhirPaths.base(uri)));
    }

    @GET
    @Path("{id}")
    public Resource read(@PathParam("type") String type, @PathParam("id") String id) {
        return directory.read(type, id);
    }
}
