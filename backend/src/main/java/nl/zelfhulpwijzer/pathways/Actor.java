package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who carries out a step. MAKELAAR is the institution-employed support worker of 002 (Bijlage 1). */
@Schema(description = "Wie de stap uitvoert. MAKELAAR is de contactpersoon of support worker in dienst van de instelling.")
public enum Actor {
    HULPVERLENER, ERVARINGSDESKUNDIGE, MAKELAAR, AANDACHTSFUNCTIONARIS, MAATSCHAPPELIJK_WERKER, CASEMANAGER
}
