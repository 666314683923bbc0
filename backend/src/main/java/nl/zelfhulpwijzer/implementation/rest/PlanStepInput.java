package nl.zelfhulpwijzer.implementation.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.OwnerRole;
import nl.zelfhulpwijzer.implementation.PlanStatus;

@Schema(description = "De voortgang van een stap zoals de instelling die vastlegt.")
public record PlanStepInput(
        @Schema(required = true, implementation = PlanStatus.class) @NotBlank(message = "Kies de status.") String status,
        @Schema(implementation = OwnerRole.class) String ownerRole,
        LocalDate startDate,
        LocalDate dueDate,
        LocalDate completedDate,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.") String notes) {
}
