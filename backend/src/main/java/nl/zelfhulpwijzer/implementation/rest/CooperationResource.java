package nl.zelfhulpwijzer.implementation.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import nl.zelfhulpwijzer.implementation.ContactPerson;
import nl.zelfhulpwijzer.implementation.Convenant;
import nl.zelfhulpwijzer.implementation.CooperationService;
import nl.zelfhulpwijzer.implementation.Facility;
import nl.zelfhulpwijzer.pathways.Citation;

/** Convenant, contact persons and facilities of the caller's own institution. */
@Path("/api/v1/implementation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementatie")
public class CooperationResource {

    static final Citation CONVENANT_SOURCE = new Citation("002_e30f9ceb731b810b.txt", "5. Implementatie van de handleiding",
            "Overwogen kan worden om een convenant op te stellen");

    @Inject
    CooperationService cooperation;

    @Inject
    CurrentUser user;

    public record ContactList(@Schema(required = true) List<ContactPersonView> items) {
    }

    public record FacilityList(@Schema(required = true) List<FacilityView> items) {
    }

    @GET
    @Path("/convenant")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "getConvenant", summary = "Het convenant van de eigen instelling")
    @APIResponse(responseCode = "200", description = "Het convenant.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConvenantView.class)))
    @APIResponse(responseCode = "204", description = "Nog geen convenant vastgelegd: een leeg antwoord, geen fout.")
    public RestResponse<ConvenantView> convenant() {
        String institution = InstitutionAccess.institutionOf(user);
        // No convenant yet is a normal state of a new institution, not an error (the web client shows it as such).
        return cooperation.convenant(institution)
                .map(convenant -> EtagResponses.ok(toView(convenant), convenant.etag()))
                .orElseGet(RestResponse::noContent);
    }

    @PUT
    @Path("/convenant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "saveConvenant", summary = "Het convenant vastleggen of bijwerken",
            description = "Voor coördinatoren en beheerders. Stuur If-Match met de etag om andermans wijziging niet te overschrijven; "
                    + "alleen het eerste convenant van de instelling gaat zonder.")
    @APIResponse(responseCode = "200", description = "Het convenant.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConvenantView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "412", description = "Intussen gewijzigd.")
    public RestResponse<ConvenantView> saveConvenant(
            @Parameter(description = "etag van het convenant; niet bij het eerste.", required = false) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "Stuur het convenant mee.") @Valid ConvenantInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<Problem.FieldError> errors = new ArrayList<>();
        Convenant.Status status = CodeParams.parse(Convenant.Status.class, input.status(), "status", errors);
        LocalDate signedOn = Inputs.date(input.signedOn(), "signedOn", errors);
        LocalDate evaluation = Inputs.date(input.evaluationDate(), "evaluationDate", errors);
        if (status == Convenant.Status.SIGNED && signedOn == null && errors.stream().noneMatch(e -> e.field().equals("signedOn"))) {
            errors.add(new Problem.FieldError("signedOn", "Vul de datum van ondertekening in."));
        }
        if (signedOn != null && evaluation != null && evaluation.isBefore(signedOn)) {
            errors.add(new Problem.FieldError("evaluationDate", "De evaluatiedatum ligt vóór de ondertekening."));
        }
        Inputs.failOn(errors);
        Convenant saved = cooperation.saveConvenant(institution, ifMatch, user.username(), c -> {
            c.status = status;
            c.parties = input.parties().stream().map(String::trim).distinct().toArray(String[]::new);
            c.principles = Inputs.trimmed(input.principles());
            c.agreements = Inputs.trimmed(input.agreements());
            c.signedOn = signedOn;
            c.evaluationDate = evaluation;
        });
        return EtagResponses.ok(toView(saved), saved.etag());
    }

    @GET
    @Path("/contacts")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "listContactPersons", summary = "Contactpersonen van de eigen instelling")
    @APIResponse(responseCode = "200", description = "De contactpersonen.")
    public ContactList contacts() {
        return new ContactList(cooperation.contacts(InstitutionAccess.institutionOf(user)).stream()
                .map(CooperationResource::toView).toList());
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "createContactPerson", summary = "Contactpersoon toevoegen")
    @APIResponse(responseCode = "201", description = "De contactpersoon.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPersonView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    public Response createContact(@NotNull(message = "Stuur de contactpersoon mee.") @Valid ContactPersonInput input) {
        ContactPersonView view = saveContact(null, input);
        return Response.created(URI.create("/api/v1/implementation/contacts/" + view.id())).entity(view).build();
    }

    @PUT
    @Path("/contacts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "updateContactPerson", summary = "Contactpersoon bijwerken")
    @APIResponse(responseCode = "200", description = "De contactpersoon.")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekend bij uw instelling.")
    public ContactPersonView updateContact(@PathParam("id") String id,
            @NotNull(message = "Stuur de contactpersoon mee.") @Valid ContactPersonInput input) {
        long contactId = Inputs.requireId(id);
        return saveContact(contactId, input);
    }

    @DELETE
    @Path("/contacts/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "deleteContactPerson", summary = "Contactpersoon verwijderen")
    @APIResponse(responseCode = "204", description = "Verwijderd.")
    @APIResponse(responseCode = "404", description = "Onbekend bij uw instelling.")
    public Response deleteContact(@PathParam("id") String id) {
        long contactId = Inputs.requireId(id);
        cooperation.deleteContact(InstitutionAccess.institutionOf(user), contactId);
        return Response.noContent().build();
    }

    @GET
    @Path("/facilities")
    @RolesAllowed({ Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "listFacilities", summary = "Folderstands en ruimtes van de eigen instelling")
    @APIResponse(responseCode = "200", description = "De voorzieningen.")
    public FacilityList facilities() {
        return new FacilityList(cooperation.facilities(InstitutionAccess.institutionOf(user)).stream()
                .map(CooperationResource::toView).toList());
    }

    @POST
    @Path("/facilities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "createFacility", summary = "Folderstand of ruimte toevoegen")
    @APIResponse(responseCode = "201", description = "De voorziening.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    public Response createFacility(@NotNull(message = "Stuur de voorziening mee.") @Valid FacilityInput input) {
        FacilityView view = saveFacility(null, input);
        return Response.created(URI.create("/api/v1/implementation/facilities/" + view.id())).entity(view).build();
    }

    @PUT
    @Path("/facilities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "updateFacility", summary = "Folderstand of ruimte bijwerken")
    @APIResponse(responseCode = "200", description = "De voorziening.")
    @APIResponse(responseCode = "400", description = "Ongeldige invoer.")
    @APIResponse(responseCode = "404", description = "Onbekend bij uw instelling.")
    public FacilityView updateFacility(@PathParam("id") String id,
            @NotNull(message = "Stuur de voorziening mee.") @Valid FacilityInput input) {
        long facilityId = Inputs.requireId(id);
        return saveFacility(facilityId, input);
    }

    @DELETE
    @Path("/facilities/{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.BEHEERDER })
    @Operation(operationId = "deleteFacility", summary = "Folderstand of ruimte verwijderen")
    @APIResponse(responseCode = "204", description = "Verwijderd.")
    @APIResponse(responseCode = "404", description = "Onbekend bij uw instelling.")
    public Response deleteFacility(@PathParam("id") String id) {
        long facilityId = Inputs.requireId(id);
        cooperation.deleteFacility(InstitutionAccess.institutionOf(user), facilityId);
        return Response.noContent().build();
    }

    private ContactPersonView saveContact(Long id, ContactPersonInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<Problem.FieldError> errors = new ArrayList<>();
        ContactPerson.Role role = CodeParams.parse(ContactPerson.Role.class, input.role(), "role", errors);
        Inputs.failOn(errors);
        return toView(cooperation.saveContact(institution, id, user.username(), c -> {
            c.role = role;
            c.name = input.name().trim();
            c.function = Inputs.trimmed(input.function());
            c.organisation = Inputs.trimmed(input.organisation());
            c.email = Inputs.trimmed(input.email());
            c.phone = Inputs.trimmed(input.phone());
            c.notes = Inputs.trimmed(input.notes());
        }));
    }

    private FacilityView saveFacility(Long id, FacilityInput input) {
        String institution = InstitutionAccess.institutionOf(user);
        List<Problem.FieldError> errors = new ArrayList<>();
        Facility.Kind kind = CodeParams.parse(Facility.Kind.class, input.kind(), "kind", errors);
        LocalDate lastChecked = Inputs.date(input.lastChecked(), "lastChecked", errors);
        Inputs.failOn(errors);
        return toView(cooperation.saveFacility(institution, id, user.username(), f -> {
            f.kind = kind;
            f.location = input.location().trim();
            f.responsible = Inputs.trimmed(input.responsible());
            f.schedule = Inputs.trimmed(input.schedule());
            f.lastChecked = lastChecked;
            f.notes = Inputs.trimmed(input.notes());
        }));
    }

    private static ConvenantView toView(Convenant c) {
        return new ConvenantView(c.status.name(), List.of(c.parties), c.principles, c.agreements, c.signedOn, c.evaluationDate,
                c.updatedBy, c.updatedAt, c.etag().value(), CONVENANT_SOURCE);
    }

    private static ContactPersonView toView(ContactPerson c) {
        return new ContactPersonView(c.id, c.role, c.name, c.function, c.organisation, c.email, c.phone, c.notes,
                c.updatedBy, c.updatedAt);
    }

    private static FacilityView toView(Facility f) {
        return new FacilityView(f.id, f.kind, f.location, f.responsible, f.schedule, f.lastChecked, f.notes, f.updatedBy, f.updatedAt);
    }
}
