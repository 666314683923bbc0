package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The three levels of 002 ("Niveaus van integratie"). They are cumulative: "Elk hoger niveau sluit het voorgaande of
 * de voorgaande in", so an institution working at VERWIJZING also does everything of VOORLICHTING.
 */
@Schema(description = "Niveau: voorlichting, verwijzing of integratie. Cumulatief: een hoger niveau omvat de lagere.")
public enum IntegrationLevel {
    VOORLICHTING, VERWIJZING, INTEGRATIE;

    /** True when an institution working at this level also does a step of {@code stepLevel}. */
    public boolean includes(IntegrationLevel stepLevel) {
        return stepLevel.ordinal() <= ordinal();
    }
}
