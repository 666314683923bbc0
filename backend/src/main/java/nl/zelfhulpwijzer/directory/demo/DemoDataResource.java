package nl.zelfhulpwijzer.directory.demo;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.security.Roles;

@Path("/api/v1/admin/demo-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Beheer van de sociale kaart.")
public class DemoDataResource {

    @Inject
    DemoDataGenerator generator;

    @Schema(name = "DemoDataResult", description = "Wat er aan voorbeeldgegevens is gemaakt of verwijderd.")
    public record DemoDataResult(@Schema(required = true) int groups, @Schema(required = true) int meetings,
            @Schema(required = true) int locations, @Schema(required = true) long seed) {
    }

    @POST
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "generateDemoData", summary = "Maak voorbeeldgegevens (verzonnen groepen en bijeenkomsten)",
            description = "Vervangt alle eerdere voorbeeldgegevens. Echte gegevens blijven onaangeroerd. Dezelfde seed geeft dezelfde gegevens.")
    @APIResponse(responseCode = "200", description = "Gemaakt.")
    @APIResponse(responseCode = "400", description = "Ongeldig aantal of seed.")
    public DemoDataResult generate(
            @QueryParam("groups") @Parameter(description = "Aantal groepen, 0 tot en met 20000; standaard 200.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "20000")) String groups,
            @QueryParam("seed") @Parameter(description = "Seed voor de toevalsgenerator.",
                    schema = @Schema(type = SchemaType.INTEGER)) String seed) {
        int count = 200;
        long seedValue = DemoDataGenerator.DEFAULT_SEED;
        try {
            if (groups != null && !groups.isBlank()) {
                count = Integer.parseInt(groups.trim());
            }
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0 || count > DemoDataGenerator.MAX_GROUPS) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("groups", "Vul een heel getal in van 0 tot en met 20000.")));
        }
        try {
            if (seed != null && !seed.isBlank()) {
                seedValue = Long.parseLong(seed.trim());
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("seed", "Vul een heel getal in.")));
        }
        DemoDataGenerator.Result result = generator.generate(count, seedValue);
        return new DemoDataResult(result.groups(), result.meetings(), result.locations(), result.seed());
    }

    @DELETE
    @RolesAllowed(Roles.BEHEERDER)
    @Operation(operationId = "deleteDemoData", summary = "Verwijder alle voorbeeldgegevens")
    @APIResponse(responseCode = "200", description = "Verwijderd.")
    public DemoDataResult delete() {
        return new DemoDataResult(generator.clear(), 0, 0, 0);
    }
}
