package nl.zelfhulpwijzer.interop.fhir;

import java.net.URI;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

/**
 * Search and history Bundles. Paging is stateless: the next and previous links carry {@code _offset} in the URL,
 * so any instance can answer them and nothing is kept between requests.
 */
final class FhirBundles {

    private FhirBundles() {
    }

    /** One page of a search or history, with self, first, previous and next links built from the request. */
    static Bundle page(Bundle.BundleType type, URI request, long total, int offset, int count) {
        Bundle bundle = new Bundle().setType(type).setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.setTimestamp(new Date());
        bundle.addLink().setRelation("self").setUrl(request.toString());
        bundle.addLink().setRelation("first").setUrl(at(request, 0));
        if (offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(at(request, Math.max(0, offset - Math.max(count, 1))));
        }
        if (count > 0 && offset + count < total) {
            bundle.addLink().setRelation("next").setUrl(at(request, offset + count));
        }
        return bundle;
    }

    /** A search page over a list the server holds whole (a few records): the page's part of it, mapped. */
    static <T> Bundle searchset(URI request, String base, List<T> all, int offset, int count, Function<T, Resource> map) {
        Bundle bundle = page(Bundle.BundleType.SEARCHSET, request, all.size(), offset, count);
        all.stream().skip(offset).limit(count).forEach(item -> match(bundle, base, map.apply(item)));
        return bundle;
    }

    static BundleEntryComponent match(Bundle bundle, String base, Resource resource) {
        return entry(bundle, base, resource).setSearch(new Bundle.BundleEntrySearchComponent().setMode(SearchEntryMode.MATCH));
    }

    static void include(Bundle bundle, String base, List<? extends Resource> resources) {
        resources.forEach(r -> entry(bundle, base, r).getSearch().setMode(SearchEntryMode.INCLUDE));
    }

    /** A history entry: the record as it is now (a deactivation shows as active=false), as last written. */
    static void version(Bundle bundle, String base, Resource resource) {
        BundleEntryComponent entry = entry(bundle, base, resource);
        String url = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(url);
        entry.getResponse().setStatus("200 OK").setLastModified(resource.getMeta().getLastUpdated());
        if (resource.getMeta().hasVersionId()) {
            entry.getResponse().setEtag("W/\"" + resource.getMeta().getVersionId() + "\"");
        }
    }

    private static BundleEntryComponent entry(Bundle bundle, String base, Resource resource) {
        return bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource);
    }

    private static String at(URI request, int offset) {
        return UriBuilder.fromUri(request).replaceQueryParam(FhirSearchSupport.OFFSET, offset).build().toString();
    }
}
