package nl.zelfhulpwijzer.interop.fhir;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.SpecialParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;

/**
 * Benchmark only (Maven profile bench-restful, never in the production build): HAPI's own {@link RestfulServer} at
 * {@code /hapi-fhir}, serving the two benchmarked searches through the same {@link FhirDirectory} as the FHIR door,
 * so the only difference measured is the serving layer (HAPI's servlet, its parameter binding and Bundle building
 * on quarkus-undertow) against ours (Quarkus REST and {@link FhirResourceWriter}).
 */
@WebServlet(urlPatterns = HapiRestfulServerBench.ROOT + "/*", loadOnStartup = 1)
public class HapiRestfulServerBench extends RestfulServer {

    static final String ROOT = "/hapi-fhir";
    private static final long serialVersionUID = 1L;

    @Inject
    transient FhirJson fhir;

    @Inject
    transient FhirDirectory directory;

    @Override
    protected void initialize() {
        setFhirContext(fhir.context());
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        registerProvider(new Searches());
    }

    /** The page the FHIR door finds for these parameters, its resources handed to HAPI to build its own Bundle. */
    private IBundleProvider page(String type, Map<String, List<String>> params, HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf(ROOT) + ROOT.length());
        Bundle found = directory.search(type, params, URI.create(request.getRequestURL() + "?" + request.getQueryString()), base);
        List<IBaseResource> resources = found.getEntry().stream().map(e -> (IBaseResource) e.getResource()).toList();
        SimpleBundleProvider provider = new SimpleBundleProvider(resources);
        provider.setSize(found.getTotal());
        return provider;
    }

    private static Map<String, List<String>> params(String name, String value, Integer count) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(name, List.of(value));
        if (count != null) {
            params.put(FhirSearchSupport.COUNT, List.of(count.toString()));
        }
        return params;
    }

    /** A plain provider: one search per type, each a parameter of the FHIR door's own search. */
    public final class Searches {
        @Search(type = HealthcareService.class)
        public IBundleProvider byName(@RequiredParam(name = "name") StringParam name, @Count Integer count,
                HttpServletRequest request) {
            return page("HealthcareService", params("name", name.getValue(), count), request);
        }

        @Search(type = Location.class)
        public IBundleProvider near(@RequiredParam(name = "near") SpecialParam near, @Count Integer count,
                HttpServletRequest request) {
            return page("Location", params("near", near.getValue(), count), request);
        }
    }
}
