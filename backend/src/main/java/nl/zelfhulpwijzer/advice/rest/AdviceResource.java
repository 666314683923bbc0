package nl.zelfhulpwijzer.advice.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.advice.AdviceService;
import nl.zelfhulpwijzer.advice.ClientProfile;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.common.security.Roles;

@Path("/api/v1/advice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Advies", description = "Welke groep past? Uitgelegd advies op basis van de verwijscriteria.")
public class AdviceResource {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 1000;

    @Inject
    AdviceService advice;

    @Inject
    Validator validator;

    @POST
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.EPD })
    @Operation(operationId = "createAdvice", summary = "Advies: welke groep past, waarom, en waar moet je op letten",
            description = "Beoordeelt elke organisatie van de sociale kaart voor dit anonieme profiel. Risicosignalen staan "
                    + "altijd vooraan. Er wordt niets opgeslagen. Zelfde profiel, zelfde advies.")
    @APIResponse(responseCode = "200", description = "Het advies, met de gebruikte versie van de verwijscriteria.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdviceDtos.AdviceResponse.class)))
    @APIResponse(responseCode = "400", description = "Geen geldige JSON, of een ongeldige limiet.")
    @APIResponse(responseCode = "422", description = "Het profiel is niet goed ingevuld; de fouten staan per veld.")
    public AdviceDtos.AdviceResponse create(
            @QueryParam("limit") @Parameter(description = "Hoeveel kandidaten het antwoord hoogstens toont (de telling telt ze allemaal).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT,
                            defaultValue = "" + DEFAULT_LIMIT)) String limit,
            AdviceRequest request) {
        int max = limit(limit);
        if (request == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Stuur een profiel mee.",
                    List.of(new Problem.FieldError("relation", "Kies wie hulp vraagt."),
                            new Problem.FieldError("behaviours", "Kies minstens één middel of gedrag.")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        validator.validate(request).forEach(v -> errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())));
        ClientProfile profile = errors.isEmpty() ? AdviceMapper.toProfile(request, errors) : null;
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Het profiel is niet goed ingevuld.", errors);
        }
        return AdviceMapper.toResponse(advice.advise(profile), max);
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(List.of(new Problem.FieldError("limit",
                "Vul een heel getal van 1 tot en met " + MAX_LIMIT + " in.")));
    }
}
