package nl.zelfhulpwijzer.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import nl.zelfhulpwijzer.common.problem.Problem;

/**
 * Documents the problem+json answers every operation can give, so each resource need not repeat them:
 * 401/403 on secured operations and a default for the rest (500 and the like). A 4xx/5xx declared with only a
 * description gets the problem body too, so resources can write {@code @APIResponse(responseCode = "404", description = ...)}.
 * An operation with an If-Match header is a versioned write (common/concurrency): the header is required, and 412 and
 * 428 are documented.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                addProblemResponses(entry.getValue(), openAPI);
            }
        }
    }

    private static void addProblemResponses(Operation operation, OpenAPI openAPI) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            putIfAbsent(responses, "401", "Niet ingelogd of token ongeldig.");
            putIfAbsent(responses, "403", "Ingelogd, maar zonder de rol die hiervoor nodig is.");
        }
        if (requireIfMatch(operation)) {
            addIfMissing(responses, "412", "Intussen door iemand anders gewijzigd: haal de gegevens opnieuw op.");
            addIfMissing(responses, "428", "If-Match ontbreekt: stuur de ETag die u bij het ophalen kreeg.");
        }
        putIfAbsent(responses, "default", "Fout, als application/problem+json.");
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    /**
     * Marks the If-Match header required unless the resource said {@code required = false} (a write that may create
     * the resource); false when the operation has no If-Match.
     */
    private static boolean requireIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        boolean found = false;
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.setRequired(parameter.getRequired() == null || parameter.getRequired());
                found = true;
            }
        }
        return found;
    }

    /** Adds the response unless the resource described it itself (its body is added below). */
    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Adds the response, or gives a generated one (which has no body) the Dutch text and the problem body. */
    private static void putIfAbsent(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse()
                .description(description)
                .content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
