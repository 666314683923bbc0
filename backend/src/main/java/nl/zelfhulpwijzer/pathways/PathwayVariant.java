package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which route a pathway describes. */
@Schema(description = "Variant van het zorgpad: algemeen, naasten, cliënten met een licht verstandelijke beperking (LVB), "
        + "artsen (ABS-artsen) of de thuiscontext.")
public enum PathwayVariant {
    GENERAL, NAASTEN, LVB, DOCTORS, HOME_CONTEXT
}
