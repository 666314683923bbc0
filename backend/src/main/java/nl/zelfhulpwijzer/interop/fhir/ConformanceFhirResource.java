package nl.zelfhulpwijzer.interop.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;

import nl.zelfhulpwijzer.common.problem.ProblemException;

/** What an EPD needs to integrate: the CapabilityStatement, our CodeSystems and our extension's definition. */
@Path(FhirPaths.ROOT)
@Produces({ FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class ConformanceFhirResource {

    @Inject
    FhirJson fhir;

    private final Map<String, StructureDefinition> extensions = new HashMap<>();

    @PostConstruct
    void load() throws IOException {
        for (String id : FhirCodes.EXTENSIONS) {
            try (InputStream in = getClass().getResourceAsStream("/fhir/StructureDefinition-" + id + ".json")) {
                extensions.put(id, fhir.context().newJsonParser().parseResource(StructureDefinition.class, in));
            }
        }
    }

    @GET
    @Path("metadata")
    public CapabilityStatement metadata(@Context UriInfo uri) {
        return CapabilityStatements.of(FhirPaths.base(uri));
    }

    @GET
    @Path("CodeSystem/{id}")
    public CodeSystem codeSystem(@PathParam("id") String id) {
        return FhirCodes.codeSystem(id)
                .orElseThrow(() -> ProblemException.notFound("Er is geen CodeSystem met id '" + id + "'."));
    }

    @GET
    @Path("StructureDefinition/{id}")
    public StructureDefinition structureDefinition(@PathParam("id") String id) {
        StructureDefinition definition = extensions.get(id);
        if (definition == null) {
            throw ProblemException.notFound("Er is geen StructureDefinition met id '" + id + "'.");
        }
        return definition;
    }
}
