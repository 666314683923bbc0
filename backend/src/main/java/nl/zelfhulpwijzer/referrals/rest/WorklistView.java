package nl.zelfhulpwijzer.referrals.rest;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.referrals.WorklistReason;

@Schema(name = "Worklist", description = "Werklijst: verwijzingen waar nu iets mee moet, eerst wat het langst openstaat.")
public record WorklistView(@Schema(required = true) List<Item> items) {

    @Schema(name = "WorklistItem")
    public record Item(@Schema(required = true) ReferralView referral, @Schema(required = true) Set<WorklistReason> reasons,
            @Schema(description = "Naam van de organisatie in de sociale kaart.") String organisationName,
            @Schema(description = "Naam van de groep, als er naar een groep is verwezen.") String groupName) {
    }
}
