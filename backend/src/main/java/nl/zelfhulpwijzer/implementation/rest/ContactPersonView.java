package nl.zelfhulpwijzer.implementation.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.implementation.ContactPerson;

@Schema(description = "Contactpersoon van de instelling voor zelfhulp.")
public record ContactPersonView(
        @Schema(required = true) long id,
        @Schema(required = true) ContactPerson.Role role,
        @Schema(required = true) String name,
        String function,
        String organisation,
        String email,
        String phone,
        String notes,
        String updatedBy,
        Instant updatedAt) {
}
