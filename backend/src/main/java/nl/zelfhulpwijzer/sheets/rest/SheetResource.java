package nl.zelfhulpwijzer.sheets.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.sheets.PublicSheetPdfs;
import nl.zelfhulpwijzer.sheets.Sheet;
import nl.zelfhulpwijzer.sheets.SheetRenderer;
import nl.zelfhulpwijzer.sheets.Sheets;

/** The public information sheets (directory and pathway data are public): each as a web page or a PDF (kept a minute). */
@Path("/api/v1/sheets")
@Produces({ MediaType.TEXT_HTML, SheetFormat.PDF_TYPE })
@Tag(name = "Voorlichtingsbladen", description = "Voorlichting over zelfhulpgroepen als webpagina en als toegankelijke pdf.")
public class SheetResource {

    private static final String FORMAT = "html (standaard) of pdf";

    @Inject
    Sheets sheets;

    @Inject
    SheetRenderer renderer;

    @Inject
    PublicSheetPdfs pdfs;

    @GET
    @Path("/groups/{slug}")
    @Operation(operationId = "groupSheet", summary = "Blad over één groep",
            description = "In B1 met de volgende bijeenkomsten en de datum van de laatste controle; variant 'makkelijk' is "
                    + "makkelijk lezen met pictogrammen en de SOS-kaart.")
    @APIResponse(responseCode = "200", description = "Het blad.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Onbekend formaat of onbekende variant.")
    @APIResponse(responseCode = "404", description = "Geen actieve groep.")
    public Response group(@PathParam("slug") String slug,
            @Parameter(description = "standaard (B1) of makkelijk") @QueryParam("variant") String variant,
            @Parameter(description = FORMAT) @QueryParam("formaat") String format) {
        return respond(format, () -> sheets.group(slug, easyRead(variant)), "groep");
    }

    @GET
    @Path("/organisations/{id}")
    @Operation(operationId = "organisationSheet", summary = "Blad over één organisatie en haar groepen")
    @APIResponse(responseCode = "200", description = "Het blad.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Onbekend formaat.")
    @APIResponse(responseCode = "404", description = "Onbekende organisatie.")
    public Response organisation(@PathParam("id") String id, @Parameter(description = FORMAT) @QueryParam("formaat") String format) {
        return respond(format, () -> sheets.organisation(id), "organisatie");
    }

    @GET
    @Path("/family")
    @Operation(operationId = "familySheet", summary = "Blad voor familie en naasten",
            description = "Eerst de groepen voor familie, dan tips voor thuis; met plaats ook de groepen voor familie daar.")
    @APIResponse(responseCode = "200", description = "Het blad.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Onbekend formaat of ongeldige plaats.")
    public Response family(@Parameter(description = "Plaatsnaam, bijvoorbeeld Utrecht") @QueryParam("plaats") String city,
            @Parameter(description = FORMAT) @QueryParam("formaat") String format) {
        return respond(format, () -> sheets.family(city == null ? null : city(city)), "familie");
    }

    @GET
    @Path("/poster")
    @Operation(operationId = "posterSheet", summary = "Poster voor de wachtkamer: de groepen van een plaats met QR-code")
    @APIResponse(responseCode = "200", description = "De poster.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Geen of ongeldige plaats, of onbekend formaat.")
    public Response poster(@Parameter(description = "Plaatsnaam", required = true) @QueryParam("plaats") String city,
            @Parameter(description = FORMAT) @QueryParam("formaat") String format) {
        return respond(format, () -> sheets.poster(city(city)), "poster");
    }

    @GET
    @Path("/pathways/{id}/steps/{key}")
    @Operation(operationId = "pathwayStepSheet", summary = "Werkblad voor medewerkers bij één stap van een zorgpad")
    @APIResponse(responseCode = "200", description = "Het werkblad.", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "Onbekend formaat.")
    @APIResponse(responseCode = "404", description = "Onbekend zorgpad of onbekende stap.")
    public Response pathwayStep(@PathParam("id") String id, @PathParam("key") String key,
            @Parameter(description = FORMAT) @QueryParam("formaat") String format) {
        return respond(format, () -> sheets.pathwayStep(id, key), "werkblad");
    }

    private Response respond(String format, Supplier<Sheet> sheet, String fileName) {
        return SheetFormat.respond(format, sheet, renderer, build -> pdfs.pdf(build.get()), fileName);
    }

    private static boolean easyRead(String variant) {
        if (variant == null || variant.equals("standaard")) {
            return false;
        }
        if (variant.equals("makkelijk")) {
            return true;
        }
        throw new InvalidInput(List.of(new FieldError("variant", "Kies 'standaard' of 'makkelijk'.")));
    }

    /** A town name as people write it ('s-Hertogenbosch too): letters, spaces, hyphens, apostrophes, at most 80. */
    private static String city(String raw) {
        String city = raw == null ? "" : raw.strip();
        if (!city.matches("[\\p{L}'][\\p{L} '\\-.]{0,79}") || !city.matches(".*\\p{L}.*")) {
            throw new InvalidInput(List.of(new FieldError("plaats", "Geef een plaatsnaam, bijvoorbeeld Utrecht.")));
        }
        return city;
    }
}
