package nl.zelfhulpwijzer.implementation.rest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.implementation.AssessmentStatus;
import nl.zelfhulpwijzer.implementation.SelfAssessmentService;
import nl.zelfhulpwijzer.implementation.SelfAssessmentService.Entry;
import nl.zelfhulpwijzer.pathways.Citation;

@Path("/api/v1/implementation/advices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementatie")
public class SelfAssessmentResource {

    @Inject
    SelfAssessmentService assessments;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "getSelfAssessment", summary = "Zelfbeoordeling tegen de adviezen van de pilot",
            description = "De 28 genummerde adviezen (1a tot en met 17) van de adviesnota, met de beoordeling van de eigen instelling.")
    @APIResponse(responseCode = "200", description = "De adviezen met de zelfbeoordeling.")
    public SelfAssessmentView list() {
        String institution = InstitutionAccess.institutionOf(user);
        List<AdviceView> items = assessments.list(institution).stream().map(SelfAssessmentResource::toView).toList();
        Map<AssessmentStatus, Integer> counts = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            counts.put(s, (int) items.stream().filter(i -> i.status() == s).count());
        }
        return new SelfAssessmentView(institution, counts, items);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "assessAdvice", summary = "Een advies beoordelen", description = "Voor coördinatoren en beheerders.")
    @APIResponse(responseCode = "200", description = "Het beoordeelde advies.")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekend advies.")
    public AdviceView assess(@PathParam("code") String code,
            @NotNull(message = "Stuur de beoordeling mee.") @Valid AssessmentInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<Problem.FieldError> errors = new ArrayList<>();
        AssessmentStatus status = CodeParams.parse(AssessmentStatus.class, input.status(), "status", errors);
        Inputs.failOn(errors);
        return toView(assessments.assess(institution, code, status, input.note(), user.username()));
    }

    private static AdviceView toView(Entry e) {
        var a = e.advice();
        var s = e.assessment();
        Citation source = a.citation();
        return s == null
                ? new AdviceView(a.code, a.area, a.text, a.executor, source, AssessmentStatus.NOT_STARTED, null, null, null)
                : new AdviceView(a.code, a.area, a.text, a.executor, source, s.status, s.note, s.updatedBy, s.updatedAt);
    }
}
