package nl.zelfhulpwijzer.implementation.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.implementation.SurveyQuestion;
import nl.zelfhulpwijzer.implementation.SurveyRound;
import nl.zelfhulpwijzer.implementation.SurveyRules;
import nl.zelfhulpwijzer.implementation.SurveyService;

/** The Bijlage 4 questionnaire as an anonymous staff survey of the caller's own institution. */
@Path("/api/v1/implementation/survey")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementatie")
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    CurrentUser user;

    @GET
    @Path("/questions")
    @Operation(operationId = "listSurveyQuestions", summary = "De vragenlijst van Bijlage 4", description = "Openbaar.")
    @APIResponse(responseCode = "200", description = "De vragen.")
    public SurveyQuestionList questions() {
        return new SurveyQuestionList(surveys.questions().stream().map(SurveyResource::toView).toList());
    }

    @GET
    @Path("/rounds")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "listSurveyRounds", summary = "De rondes van de eigen instelling")
    @APIResponse(responseCode = "200", description = "De rondes.")
    public SurveyRoundList rounds() {
        String institution = InstitutionAccess.institutionOf(user);
        return new SurveyRoundList(surveys.rounds(institution).stream().map(this::toView).toList());
    }

    @POST
    @Path("/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "openSurveyRound", summary = "Een ronde openen",
            description = "Voor coördinatoren en beheerders. Eerst een nulmeting, daarna vervolgmetingen; één open ronde tegelijk.")
    @APIResponse(responseCode = "201", description = "De nieuwe ronde.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyRoundView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "409", description = "Er loopt al een ronde, er is al een nulmeting, of nog geen.")
    public Response open(@NotNull(message = "Stuur de ronde mee.") @Valid SurveyRoundInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<Problem.FieldError> errors = new ArrayList<>();
        SurveyRound.Kind kind = CodeParams.parse(SurveyRound.Kind.class, input.kind(), "kind", errors);
        Inputs.failOn(errors);
        SurveyRound round = surveys.open(institution, kind, input.label(), user.username());
        return Response.created(URI.create("/api/v1/implementation/survey/rounds/" + round.id)).entity(toView(round)).build();
    }

    @POST
    @Path("/rounds/{id}/close")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "closeSurveyRound", summary = "Een ronde sluiten", description = "Voor coördinatoren en beheerders.")
    @APIResponse(responseCode = "200", description = "De gesloten ronde.")
    @APIResponse(responseCode = "404", description = "Onbekende ronde.")
    @APIResponse(responseCode = "409", description = "Al gesloten.")
    public SurveyRoundView close(@PathParam("id") String id) {
        String institution = InstitutionAccess.institutionOf(user);
        return toView(surveys.close(institution, roundId(id)));
    }

    @POST
    @Path("/rounds/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "respondToSurvey", summary = "De vragenlijst invullen (anoniem)",
            description = "Eén keer per ronde. Er wordt niet bewaard wie welk antwoord gaf.")
    @APIResponse(responseCode = "204", description = "Ontvangen.")
    @APIResponse(responseCode = "400", description = "Ongeldige antwoorden.")
    @APIResponse(responseCode = "404", description = "Onbekende ronde.")
    @APIResponse(responseCode = "409", description = "Ronde gesloten, of al geantwoord.")
    public Response respond(@PathParam("id") String id,
            @NotNull(message = "Stuur de antwoorden mee.") @Valid SurveyResponseInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<SurveyRules.Answer> answers = input.answers().stream()
                .map(a -> new SurveyRules.Answer(a.question(), a.values())).toList();
        surveys.respond(institution, roundId(id), answers, user.username());
        return Response.noContent().build();
    }

    @GET
    @Path("/results")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "getSurveyResults", summary = "Uitkomsten per vraag, per ronde naast elkaar",
            description = "Alleen voor de eigen instelling. Rondes en vragen met minder dan "
                    + SurveyRules.MIN_GROUP + " antwoorden worden niet getoond.")
    @APIResponse(responseCode = "200", description = "De uitkomsten.")
    public SurveyResults results() {
        String institution = InstitutionAccess.institutionOf(user);
        List<SurveyQuestion> questions = surveys.questions();
        List<SurveyRound> rounds = surveys.rounds(institution);
        Map<Long, Long> respondents = new HashMap<>();
        Map<Long, Map<String, SurveyService.Tally>> tallies = new HashMap<>();
        for (SurveyRound r : rounds) {
            long n = surveys.respondents(r.id);
            respondents.put(r.id, n);
            tallies.put(r.id, SurveyRules.shown(n) ? surveys.tally(r.id, questions) : Map.of());
        }
        List<SurveyResults.QuestionResult> results = questions.stream().map(q -> new SurveyResults.QuestionResult(q.code, q.text,
                q.kind.name(), Arrays.asList(q.options), rounds.stream().map(r -> {
                    SurveyService.Tally t = tallies.get(r.id).get(q.code);
                    if (!SurveyRules.shown(respondents.get(r.id)) || t == null || !SurveyRules.shown(t.answered())) {
                        return new SurveyResults.RoundResult(r.id, true, null, null);
                    }
                    return new SurveyResults.RoundResult(r.id, false, t.answered(), Arrays.stream(t.counts()).boxed().toList());
                }).toList())).toList();
        return new SurveyResults(institution, SurveyRules.MIN_GROUP,
                rounds.stream().map(r -> toView(r, respondents.get(r.id))).toList(), results);
    }

    private SurveyRoundView toView(SurveyRound r) {
        return toView(r, surveys.respondents(r.id));
    }

    private SurveyRoundView toView(SurveyRound r, long respondents) {
        return new SurveyRoundView(r.id, r.kind.name(), r.label, r.status.name(), r.openedAt, r.closedAt, respondents,
                surveys.hasResponded(r, user.username()));
    }

    private static SurveyQuestionView toView(SurveyQuestion q) {
        return new SurveyQuestionView(q.code, q.part, q.kind.name(), q.text, Arrays.asList(q.options), q.maxChoices,
                q.kind == SurveyQuestion.Kind.SCALE ? SurveyRules.SCALE_POINTS : null, q.adapted,
                q.citation());
    }

    private static long roundId(String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("id", "Vul het nummer van de ronde in.")));
        }
    }
}
