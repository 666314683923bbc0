package nl.zelfhulpwijzer.sheets.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import nl.zelfhulpwijzer.common.concurrency.EtagResponses;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.params.VersionParams;
import nl.zelfhulpwijzer.common.security.CurrentUser;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.sheets.SheetTextVersion;
import nl.zelfhulpwijzer.sheets.SheetTexts;

/** The versioned texts of the sheets (common/versioning): coordinators make a draft, edit it with If-Match, publish it. */
@Path("/api/v1/sheets/texts/versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Voorlichtingsbladen")
public class SheetTextResource {

    private static final String KEY = "[a-z]+(\\.[a-z]+)+";

    @Inject
    SheetTexts texts;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listSheetTextVersions", summary = "Alle versies van de bladteksten, ook het concept")
    public List<SheetTextView> versions() {
        return texts.versions(true).stream().map(SheetTextView::of).toList();
    }

    @POST
    @Operation(operationId = "createSheetTextDraft", summary = "Nieuw concept van de gepubliceerde bladteksten")
    @APIResponse(responseCode = "201", description = "Het concept.",
            headers = { @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetTextView.class)))
    @APIResponse(responseCode = "409", description = "Er is al een concept.")
    public RestResponse<SheetTextView> createDraft() {
        SheetTextVersion draft = texts.createDraft(user.username());
        return EtagResponses.created(URI.create("/api/v1/sheets/texts/versions/" + draft.number), SheetTextView.of(draft),
                draft.etag());
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getSheetTextVersion", summary = "Eén versie van de bladteksten, met ETag")
    @APIResponse(responseCode = "200", description = "De versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetTextView.class)))
    @APIResponse(responseCode = "404", description = "Onbekende versie.")
    public RestResponse<SheetTextView> version(@PathParam("number") String number) {
        return withTag(texts.version(VersionParams.number(number, "number")));
    }

    @PUT
    @Path("/{number}/texts/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveSheetText", summary = "Eén tekst van een concept wijzigen (If-Match verplicht)")
    @APIResponse(responseCode = "200", description = "Het gewijzigde concept.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetTextView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige tekst.")
    @APIResponse(responseCode = "404", description = "Onbekende versie of sleutel.")
    @APIResponse(responseCode = "409", description = "De versie is geen concept.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt.")
    public RestResponse<SheetTextView> saveText(@PathParam("number") String number, @PathParam("key") String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull(message = "Geef een tekst.") SheetTextInput input) {
        int n = VersionParams.number(number, "number");
        if (!key.matches(KEY)) {
            throw new NotFound("Er is geen bladtekst met sleutel '" + key + "'.");
        }
        return withTag(texts.saveText(n, input.toText(key), ifMatch, user.username()));
    }

    @POST
    @Path("/{number}/publish")
    @Operation(operationId = "publishSheetTexts", summary = "Concept publiceren (If-Match verplicht)",
            description = "Makkelijk-lezen-teksten (sleutel easy.…) mogen geen zin van meer dan 10 woorden hebben (422).")
    @APIResponse(responseCode = "200", description = "De gepubliceerde versie.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetTextView.class)))
    @APIResponse(responseCode = "409", description = "De versie is geen concept.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    @APIResponse(responseCode = "422", description = "Een tekst is leeg of niet makkelijk te lezen.")
    @APIResponse(responseCode = "428", description = "If-Match ontbreekt.")
    public RestResponse<SheetTextView> publish(@PathParam("number") String number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(texts.publish(VersionParams.number(number, "number"), ifMatch, user.username()));
    }

    @DELETE
    @Path("/{number}")
    @Operation(operationId = "discardSheetTextDraft", summary = "Concept weggooien (If-Match verplicht)")
    @APIResponse(responseCode = "204", description = "Weggegooid.")
    @APIResponse(responseCode = "409", description = "De versie is geen concept.")
    @APIResponse(responseCode = "412", description = "De versie is intussen gewijzigd.")
    public Response discard(@PathParam("number") String number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        texts.discardDraft(VersionParams.number(number, "number"), ifMatch);
        return Response.noContent().build();
    }

    private static RestResponse<SheetTextView> withTag(SheetTextVersion version) {
        return EtagResponses.ok(SheetTextView.of(version), version.etag());
    }
}
