package nl.zelfhulpwijzer.implementation.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.OwnerRole;
import nl.zelfhulpwijzer.implementation.PlanStatus;
import nl.zelfhulpwijzer.pathways.Citation;

@Schema(description = "Een stap van het stappenplan met de voortgang van de eigen instelling.")
public record PlanStepView(
        @Schema(required = true, minimum = "1", maximum = "14") int number,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(description = "Eigenaar volgens de handleiding, als die dat noemt.") OwnerRole defaultOwner,
        @Schema(required = true) Citation source,
        @Schema(required = true) PlanStatus status,
        OwnerRole ownerRole,
        LocalDate startDate,
        LocalDate dueDate,
        LocalDate completedDate,
        String notes,
        String updatedBy,
        Instant updatedAt,
        @Schema(required = true, description = "Waarde voor If-Match bij wijzigen.") String etag) {
}
