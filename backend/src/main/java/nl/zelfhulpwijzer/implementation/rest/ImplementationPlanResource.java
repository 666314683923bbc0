package nl.zelfhulpwijzer.implementation.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.implementation.ImplementationPlanService;
import nl.zelfhulpwijzer.implementation.ImplementationPlanService.PlanEntry;
import nl.zelfhulpwijzer.implementation.OwnerRole;
import nl.zelfhulpwijzer.implementation.PlanStatus;
import nl.zelfhulpwijzer.implementation.PlanUpdate;
import nl.zelfhulpwijzer.pathways.Citation;

/** The institution's implementation plan. The institution comes from the token only; no institution, no access. */
@Path("/api/v1/implementation/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementatie", description = "Het stappenplan van de eigen instelling (alleen voor medewerkers van die instelling).")
public class ImplementationPlanResource {

    @Inject
    ImplementationPlanService plans;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "getImplementationPlan", summary = "Het stappenplan van de eigen instelling",
            description = "Voor medewerkers, coördinatoren en beheerders van een instelling. Alleen de eigen instelling.")
    @APIResponse(responseCode = "200", description = "Het stappenplan met de voortgang.")
    public PlanView plan() {
        String institution = InstitutionAccess.institutionOf(user);
        List<PlanStepView> steps = plans.plan(institution).stream().map(ImplementationPlanResource::toView).toList();
        int done = (int) steps.stream().filter(s -> s.status() == PlanStatus.DONE).count();
        return new PlanView(institution, done, steps.size(), steps);
    }

    @PUT
    @Path("/steps/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "updateImplementationPlanStep", summary = "De voortgang van een stap vastleggen",
            description = "Voor coördinatoren en beheerders, voor de eigen instelling. Stuur If-Match met de etag van de stap "
                    + "om te voorkomen dat u andermans wijziging overschrijft.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte stap.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanStepView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekende stap.")
    @APIResponse(responseCode = "412", description = "De stap is intussen gewijzigd.")
    public RestResponse<PlanStepView> update(@PathParam("number") String number,
            @Parameter(description = "etag van de stap.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur de voortgang mee.") @Valid PlanStepInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<Problem.FieldError> errors = new ArrayList<>();
        int stepNumber = stepNumber(number, errors);
        PlanStatus status = CodeParams.parse(PlanStatus.class, input.status(), "status", errors);
        OwnerRole owner = CodeParams.parse(OwnerRole.class, input.ownerRole(), "ownerRole", errors);
        LocalDate start = Inputs.date(input.startDate(), "startDate", errors);
        LocalDate due = Inputs.date(input.dueDate(), "dueDate", errors);
        LocalDate completed = Inputs.date(input.completedDate(), "completedDate", errors);
        Inputs.failOn(errors);
        PlanUpdate update = new PlanUpdate(status, owner, start, due, completed, input.notes());
        PlanEntry saved = plans.update(institution, stepNumber, update, ifMatch, user.username());
        return EtagResponses.ok(toView(saved), saved.etag());
    }

    private static PlanStepView toView(PlanEntry entry) {
        var s = entry.step();
        var p = entry.progress();
        Citation source = s.citation();
        String etag = entry.etag().value();
        if (p == null) {
            return new PlanStepView(s.number, s.title, s.description, s.defaultOwner, source, PlanStatus.NOT_STARTED,
                    s.defaultOwner, null, null, null, null, null, null, etag);
        }
        return new PlanStepView(s.number, s.title, s.description, s.defaultOwner, source, p.status, p.ownerRole,
                p.startDate, p.dueDate, p.completedDate, p.notes, p.updatedBy, p.updatedAt, etag);
    }

    private static int stepNumber(String raw, List<Problem.FieldError> errors) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError("number", "Vul een stapnummer in: een heel getal van 1 tot en met 14."));
            return -1;
        }
    }
}
