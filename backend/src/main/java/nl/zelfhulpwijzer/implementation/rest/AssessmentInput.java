package nl.zelfhulpwijzer.implementation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.AssessmentStatus;

@Schema(description = "Zelfbeoordeling van één advies.")
public record AssessmentInput(
        @Schema(required = true, implementation = AssessmentStatus.class) @NotBlank(message = "Kies de status.") String status,
        @Size(max = 2000, message = "Gebruik hoogstens 2000 tekens.") String note) {
}
