package nl.zelfhulpwijzer.interop.fhir;

import jakarta.inject.Singleton;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;

/**
 * The one FHIR R4 context of the backend. Building it scans the whole R4 model (seconds and megabytes), so every
 * request shares this instance; parsers are cheap and made per use, as HAPI advises (they are not thread-safe).
 */
@Singleton
public class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context;

    public FhirJson() {
        context = FhirContext.forR4();
        // model classes are scanned when first used, not all at start
        context.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
    }

    public FhirContext context() {
        return context;
    }

    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }

    /** A request body; strict: an element FHIR does not know (a name, a BSN field ...) is refused, never dropped. */
    public <T extends IBaseResource> T parseStrict(Class<T> type, String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Stuur een " + type.getSimpleName() + " mee.");
        }
        try {
            return context.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(type, body);
        } catch (DataFormatException | ClassCastException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "Dit is geen geldige FHIR " + type.getSimpleName() + " (JSON).");
        }
    }
}
