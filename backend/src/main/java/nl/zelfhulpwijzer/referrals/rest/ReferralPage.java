package nl.zelfhulpwijzer.referrals.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralPage", description = "Een pagina verwijzingen in volgorde van wijziging. Vraag de volgende met ?cursor=next.")
public record ReferralPage(@Schema(required = true) List<ReferralView> items,
        @Schema(description = "Cursor voor de volgende pagina; bewaar hem ook om later alleen nieuwe wijzigingen op te halen. "
                + "Ontbreekt bij zoeken op clientRef.")
        String next,
        @Schema(required = true, description = "Waar: er staan nu al meer wijzigingen klaar.") boolean more) {
}
