package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.Accessibility;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.ContactRole;
import nl.zelfhulpwijzer.directory.GroupStatus;

@Schema(description = "Een lokale zelfhulpgroep met haar bijeenkomsten. Nooit de achternaam van een persoon: contact loopt via een rol.")
public record GroupDetail(
        @Schema(required = true) String slug,
        @Schema(required = true) String name,
        @Schema(required = true) OrganisationRef organisation,
        LocationDto location,
        @Schema(required = true) List<Audience> audiences,
        @Schema(required = true) List<Behaviour> behaviours,
        @Schema(required = true, description = "Open: iedereen mag komen, ook een hulpverlener of naaste.") boolean open,
        @Schema(required = true, description = "Voor mensen met een dubbele diagnose.") boolean dualDiagnosis,
        @Schema(required = true, description = "Komt samen binnen een instelling.") boolean insideInstitution,
        @Schema(required = true, description = "Staat open voor een proefperiode van minstens zes bijeenkomsten.") boolean acceptsTrial,
        @Schema(description = "Hoe de groep omgaat met voorgeschreven medicatie of methadon.") String medicationNote,
        @Schema(required = true) List<String> languages,
        @Schema(required = true) List<Accessibility> accessibility,
        @Schema(required = true, description = "Een hulpverlener mag meekomen.") boolean professionalMayAttend,
        ContactRole contactRole,
        String contactPhone,
        String contactEmail,
        String website,
        String notes,
        @Schema(required = true) GroupStatus status,
        @Schema(required = true, description = "Voorbeeldgegevens: deze groep bestaat niet echt.") boolean demo,
        Instant verifiedAt,
        String verifiedBy,
        @Schema(required = true, description = "De gegevens zijn al lang niet gecontroleerd; ze kunnen verouderd zijn.") boolean needsVerification,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Versie voor If-Match bij wijzigen.") int version,
        @Schema(required = true) List<MeetingSummary> meetings) {
}
