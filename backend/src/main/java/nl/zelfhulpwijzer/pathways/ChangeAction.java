package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Soort wijziging: concept gemaakt, stap opgeslagen, stap verwijderd, gepubliceerd.")
public enum ChangeAction {
    DRAFT_CREATED, STEP_SAVED, STEP_DELETED, PUBLISHED, DRAFT_DISCARDED
}
