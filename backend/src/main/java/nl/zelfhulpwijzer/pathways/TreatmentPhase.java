package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The phases of treatment in which 002 ("Verwijzing in relatie tot het verloop van het behandelproces") places steps. */
@Schema(description = "Fase van de behandeling.")
public enum TreatmentPhase {
    AANMELDING, WACHTLIJST, INTAKE, INDICATIEADVIES_BEHANDELPLAN, AMBULANT_KORT_SERIEEL, AMBULANT_KORT_PARALLEL,
    CASEMANAGEMENT, NAZORG, KLINISCH_DETOX, KLINISCH_VERBLIJF, KLINISCH_LAATSTE_FASE
}
