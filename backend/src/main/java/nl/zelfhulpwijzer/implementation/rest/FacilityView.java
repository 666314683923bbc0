package nl.zelfhulpwijzer.implementation.rest;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.Facility;

@Schema(description = "Folderstand met een eigenaar, of een ruimte die de instelling aan een groep biedt.")
public record FacilityView(
        @Schema(required = true) long id,
        @Schema(required = true) Facility.Kind kind,
        @Schema(required = true) String location,
        @Schema(description = "Eigenaar van de stand, of de groep die de ruimte gebruikt.") String responsible,
        String schedule,
        LocalDate lastChecked,
        String notes,
        String updatedBy,
        Instant updatedAt) {
}
