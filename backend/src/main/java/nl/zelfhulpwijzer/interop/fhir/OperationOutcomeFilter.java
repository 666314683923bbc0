package nl.zelfhulpwijzer.interop.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import nl.zelfhulpwijzer.common.problem.Problem;

/**
 * Under {@code /fhir} a failure is told the FHIR way: the problem that the one problem mapper made (with its Dutch
 * texts) becomes an OperationOutcome with the same status, one issue per wrong parameter.
 */
@Provider
public class OperationOutcomeFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && FhirPaths.isFhir(request.getUriInfo().getPath())) {
            response.setEntity(outcome(problem), response.getEntityAnnotations(), MediaType.valueOf(FhirJson.MEDIA_TYPE));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, FhirJson.MEDIA_TYPE);
        }
    }

    static OperationOutcome outcome(Problem problem) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType code = code(problem.status());
        if (problem.errors() == null || problem.errors().isEmpty()) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(code).setDiagnostics(problem.detail())
                    .getDetails().setText(problem.title());
        } else {
            problem.errors().forEach(e -> outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(code)
                    .setDiagnostics(e.field() + ": " + e.message()).getDetails().setText(problem.detail()));
        }
        return outcome;
    }

    private static IssueType code(int status) {
        return switch (status) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412 -> IssueType.CONFLICT;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.INVALID;
        };
    }
}
