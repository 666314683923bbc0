package nl.zelfhulpwijzer.implementation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Voortgang van een stap: niet begonnen, bezig, klaar, overgeslagen.")
public enum PlanStatus {
    NOT_STARTED, IN_PROGRESS, DONE, SKIPPED
}
