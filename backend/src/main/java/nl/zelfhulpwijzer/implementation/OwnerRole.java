package nl.zelfhulpwijzer.implementation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who in the institution owns a step of the implementation plan (002, "Implementatie van de handleiding"). */
@Schema(description = "Eigenaar van de stap in de instelling.")
public enum OwnerRole {
    MANAGEMENT, PROJECTGROEP, AANDACHTSFUNCTIONARIS, LIJNVERANTWOORDELIJKE, CLIENTENRAAD, REGULIER_OVERLEG, EXTERN
}
