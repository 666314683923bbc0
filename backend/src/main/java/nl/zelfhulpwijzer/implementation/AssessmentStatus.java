package nl.zelfhulpwijzer.implementation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Zelfbeoordeling: nog niet, gedeeltelijk, volledig uitgevoerd, of niet van toepassing.")
public enum AssessmentStatus {
    NOT_STARTED, PARTIAL, DONE, NOT_APPLICABLE
}
