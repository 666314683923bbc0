package nl.zelfhulpwijzer.directory.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.paging.PageRequest;
import nl.zelfhulpwijzer.common.paging.PageResult;
import nl.zelfhulpwijzer.common.paging.PagingParams;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.directory.GroupRegister;
import nl.zelfhulpwijzer.directory.GroupStatus;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.RegisterFilter;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** The coordinators' register: find any group or meeting by name, place, organisation or verification state. */
@Path("/api/v1/admin/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer sociale kaart")
@Transactional
public class GroupRegisterResource {

    @Inject
    GroupRegister register;

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "groupRegister", summary = "Alle groepen met hun bijeenkomsten, te zoeken en te filteren",
            description = "Op naam (van groep of organisatie), plaats, organisatie, controle en status; op naam gesorteerd.")
    @APIResponse(responseCode = "200", description = "Een pagina met groepen.")
    @APIResponse(responseCode = "400", description = "Ongeldige filter of paginering.")
    public PageResult<RegisterItem> groups(@BeanParam PagingParams paging,
            @QueryParam("q") @Parameter(description = "Woorden uit de naam van de groep of de organisatie.") String q,
            @QueryParam("place") @Parameter(description = "(Deel van) de plaatsnaam.") String place,
            @QueryParam("organisation") @Parameter(description = "Alleen groepen van deze organisatie (id).") String organisation,
            @QueryParam("verification") @Parameter(description = "DUE: moet opnieuw gecontroleerd worden; CURRENT: onlangs gecontroleerd.") String verification,
            @QueryParam("status") @Parameter(description = "ACTIVE of INACTIVE; leeg: beide.") String status,
            @QueryParam("demo") @Parameter(description = "Ook voorbeeldgegevens tonen (standaard niet).") String demo) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PageRequest page = paging.toPageRequest(errors);
        RegisterFilter filter = new RegisterFilter(q, place, organisation,
                CodeParams.parse(RegisterFilter.Verification.class, verification, "verification", errors),
                CodeParams.parse(GroupStatus.class, status, "status", errors),
                Boolean.TRUE.equals(CodeParams.flag(demo, "demo", errors)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<SelfHelpGroup> groups = register.groups(filter, page.offset(), page.size());
        Map<Long, List<Meeting>> meetings = register.meetings(groups);
        return PageResult.of(groups.stream().map(g -> item(g, meetings.getOrDefault(g.id, List.of()))).toList(), page,
                register.count(filter));
    }

    private RegisterItem item(SelfHelpGroup g, List<Meeting> meetings) {
        return new RegisterItem(g.slug, g.name, DirectoryMapper.toRef(g.organisation), g.location == null ? null : g.location.city,
                g.status, g.verifiedAt, register.needsVerification(g), g.demo,
                meetings.stream().map(m -> new RegisterItem.RegisterMeeting(m.slug, m.dayOfWeek,
                        m.startTime.format(DirectoryMapper.HH_MM), m.temporarilyClosed)).toList());
    }
}
