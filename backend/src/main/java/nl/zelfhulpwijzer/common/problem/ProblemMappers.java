package nl.zelfhulpwijzer.common.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import nl.zelfhulpwijzer.common.concurrency.StaleVersion;
import nl.zelfhulpwijzer.common.concurrency.VersionRequired;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.DomainException;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NoAccess;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.error.RuleViolation;
import nl.zelfhulpwijzer.common.error.TooManyRequests;

/** The one place where every failure becomes application/problem+json with Dutch texts and no stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.errors().stream().map(Problem.FieldError::of).toList();
        Response problem = respond(typeOf(e), e.getMessage(), errors, uri);
        if (e instanceof TooManyRequests tooMany) {
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds()).build();
        }
        return problem;
    }

    /** Two writes racing past the If-Match check: the loser gets the same 412 as a stale If-Match. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return domain(new StaleVersion(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemType.VALIDATION, "Een of meer velden zijn niet goed ingevuld.", errors, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e, UriInfo uri) {
        return respond(ProblemType.BAD_REQUEST, "De gegevens in het verzoek zijn geen geldige JSON of hebben een verkeerde vorm.",
                List.of(), uri);
    }

    /** Wrong JSON types (text for a yes/no, one value for a list): Quarkus' own mapper would answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        List<Problem.FieldError> errors = field.isEmpty() ? List.of()
                : List.of(new Problem.FieldError(field, "Dit veld heeft een verkeerde vorm."));
        return respond(ProblemType.BAD_REQUEST, "De gegevens in het verzoek zijn geen geldige JSON of hebben een verkeerde vorm.",
                errors, uri);
    }

    /**
     * A field the request type does not have, where it reads strictly ({@code common.http.StrictJson}): 422 naming
     * the field, and a message of its own for personal data, which this API never takes.
     */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = fieldPath(e);
        boolean personal = PersonalDataFields.isPersonal(e.getPropertyName());
        String message = personal
                ? "De Zelfhulpwijzer bewaart geen persoonsgegevens zoals naam, BSN, geboortedatum, adres, telefoon of e-mail. Stuur alleen de cliëntreferentie."
                : "Dit veld bestaat niet.";
        String detail = personal ? "Het verzoek bevat persoonsgegevens; er is niets opgeslagen."
                : "Het verzoek bevat een veld dat niet bestaat; er is niets opgeslagen.";
        return respond(ProblemType.UNPROCESSABLE, detail, List.of(new Problem.FieldError(field, message)), uri);
    }

    private static String fieldPath(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response problem = respond(ProblemType.UNAUTHORIZED, "Log in om dit te gebruiken.", List.of(), uri);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "U heeft niet de rol die hiervoor nodig is.", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Response problem = respond(type, detailFor(type), List.of(), uri);
        // Keep headers such as Allow (405) from the original response.
        Response.ResponseBuilder builder = Response.fromResponse(problem).status(status);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warn("Database unavailable on " + uri.getPath() + ": " + e.getMessage());
            Response problem = respond(ProblemType.UNAVAILABLE,
                    "De Zelfhulpwijzer kan nu niet bij zijn gegevens. Er is niets opgeslagen. Probeer het over een minuut opnieuw.",
                    List.of(), uri);
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(ProblemType.INTERNAL, "Probeer het later opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.",
                List.of(), uri);
    }

    static ProblemType typeOf(DomainException e) {
        if (e instanceof NotFound) {
            return ProblemType.NOT_FOUND;
        } else if (e instanceof Conflict) {
            return ProblemType.CONFLICT;
        } else if (e instanceof InvalidInput) {
            return ProblemType.VALIDATION;
        } else if (e instanceof RuleViolation) {
            return ProblemType.UNPROCESSABLE;
        } else if (e instanceof NoAccess) {
            return ProblemType.FORBIDDEN;
        } else if (e instanceof StaleVersion) {
            return ProblemType.PRECONDITION_FAILED;
        } else if (e instanceof VersionRequired) {
            return ProblemType.PRECONDITION_REQUIRED;
        } else if (e instanceof TooManyRequests) {
            return ProblemType.TOO_MANY_REQUESTS;
        }
        throw new IllegalArgumentException("no problem type for " + e.getClass().getName());
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "Dit adres bestaat niet in de Zelfhulpwijzer.";
            case METHOD_NOT_ALLOWED -> "Deze actie kan niet op dit adres.";
            case NOT_ACCEPTABLE -> "Dit adres kan geen gegevens geven in het gevraagde formaat.";
            case UNSUPPORTED_MEDIA_TYPE -> "Stuur de gegevens als JSON.";
            case UNAUTHORIZED -> "Log in om dit te gebruiken.";
            case FORBIDDEN -> "U heeft niet de rol die hiervoor nodig is.";
            case INTERNAL -> "Probeer het later opnieuw.";
            default -> "Het verzoek is niet goed opgebouwd.";
        };
    }

    /** "search.arg2.size" becomes "size": callers know their fields, not our method names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(),
                errors.isEmpty() ? null : errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
