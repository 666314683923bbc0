package nl.zelfhulpwijzer.implementation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.OwnerRole;
import nl.zelfhulpwijzer.implementation.PlanStatus;

/** Dates are read as text so that a wrong one gets a field error. */
@Schema(description = "De voortgang van een stap zoals de instelling die vastlegt.")
public record PlanStepInput(
        @Schema(required = true, implementation = PlanStatus.class) @NotBlank(message = "Kies de status.") String status,
        @Schema(implementation = OwnerRole.class) String ownerRole,
        @Schema(type = SchemaType.STRING, format = "date", example = "2026-03-01") String startDate,
        @Schema(type = SchemaType.STRING, format = "date") String dueDate,
        @Schema(type = SchemaType.STRING, format = "date") String completedDate,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.") String notes) {
}
