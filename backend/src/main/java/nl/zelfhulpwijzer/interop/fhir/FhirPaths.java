package nl.zelfhulpwijzer.interop.fhir;

import jakarta.ws.rs.core.UriInfo;

/** Where the FHIR door is: its own root beside the JSON API, as FHIR clients expect a base URL of their own. */
final class FhirPaths {

    static final String ROOT = "/fhir";

    private FhirPaths() {
    }

    /** The FHIR base URL as the caller reached it, e.g. {@code http://host/fhir}. */
    static String base(UriInfo uri) {
        return uri.getBaseUriBuilder().path(ROOT).build().toString();
    }

    static boolean isFhir(String path) {
        return path.equals(ROOT) || path.startsWith(ROOT + "/");
    }
}
