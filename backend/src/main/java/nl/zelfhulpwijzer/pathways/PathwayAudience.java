package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Voor wie het zorgpad is: de cliënt of de familie.")
public enum PathwayAudience {
    CLIENT, FAMILY
}
