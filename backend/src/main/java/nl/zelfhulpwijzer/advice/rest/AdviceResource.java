package nl.zelfhulpwijzer.advice.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.advice.AdviceGrouping;
import nl.zelfhulpwijzer.advice.AdviceOrigin;
import nl.zelfhulpwijzer.advice.AdviceOverview;
import nl.zelfhulpwijzer.advice.AdviceService;
import nl.zelfhulpwijzer.advice.ClientProfile;
import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PagingParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.directory.Country;

@Path("/api/v1/advice")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Advies", description = "Welke groep past? Uitgelegd advies op basis van de verwijscriteria.")
public class AdviceResource {

    /** Local groups shown under each organisation; the rest on request with {@code organisation}. */
    static final int LOCAL_GROUPS = 3;

    /** Organisations in the default answer: the best fits, so that it stays small (about 30 KB at most). */
    static final String DEFAULT_SIZE = "3";

    @Inject
    AdviceService advice;

    @Inject
    Validator validator;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.EPD })
    @Operation(operationId = "createAdvice", summary = "Advies: welke groep past, waarom, en waar moet je op letten",
            description = "Beoordeelt elke organisatie en groep van de sociale kaart voor dit anonieme profiel. Risicosignalen "
                    + "staan altijd vooraan, dan het niveau dat nu past (voorlichting, verwijzing of integratie) met de reden. "
                    + "Daarna de organisaties, best passend eerst (zonder size de beste " + DEFAULT_SIZE + "), elk met hoogstens "
                    + LOCAL_GROUPS + " groepen binnen "
                    + AdviceGrouping.LOCAL_RADIUS_KM + " km van de plaats of postcode van de cliënt (dichtstbij, dan eerstvolgende bijeenkomst); met organisation alle groepen van één organisatie. Velden die het profiel niet kent, worden "
                    + "geweigerd (422). Er wordt niets opgeslagen. Zelfde profiel, zelfde advies.")
    @APIResponse(responseCode = "200", description = "Het advies, met de gebruikte versie van de verwijscriteria.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdviceDtos.AdviceResponse.class)))
    @APIResponse(responseCode = "400", description = "Geen geldige JSON, of een ongeldige pagina.")
    @APIResponse(responseCode = "422", description = "Het profiel is niet goed ingevuld; de fouten staan per veld.")
    public AdviceDtos.AdviceResponse create(
            @BeanParam PagingParams paging,
            @QueryParam("organisation") @Parameter(description = "Alleen deze organisatie, met al haar groepen (gepagineerd).")
            String organisation,
            AdviceRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (paging.size == null || paging.size.isBlank()) {
            paging.size = DEFAULT_SIZE;
        }
        PageRequest page = paging.toPageRequest(errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (request == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Stuur een profiel mee.",
                    List.of(new Problem.FieldError("relation", "Kies wie hulp vraagt."),
                            new Problem.FieldError("behaviours", "Kies minstens één middel of gedrag.")));
        }
        validator.validate(request).forEach(v -> errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage())));
        ClientProfile profile = AdviceMapper.toProfile(request, errors);
        if ((request.latitude() == null) != (request.longitude() == null)) {
            errors.add(new Problem.FieldError(request.latitude() == null ? "latitude" : "longitude",
                    "Vul de breedtegraad en de lengtegraad allebei in, of geen van beide."));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Het profiel is niet goed ingevuld.", errors);
        }
        AdviceOrigin origin = advice.origin(profile, request.latitude(), request.longitude(), institutionCountry());
        AdviceOverview result = advice.advise(profile, origin);
        return organisation == null || organisation.isBlank()
                ? AdviceMapper.toResponse(result, origin, LOCAL_GROUPS, page)
                : AdviceMapper.toOrganisationResponse(result, origin, organisation.trim(), page);
    }

    /** The institution's country from the token; an unknown value is ignored (the token is not the client's input). */
    private Country institutionCountry() {
        String code = user.institutionCountry();
        return code == null ? null : java.util.Arrays.stream(Country.values()).filter(c -> c.name().equals(code))
                .findFirst().orElse(null);
    }
}
