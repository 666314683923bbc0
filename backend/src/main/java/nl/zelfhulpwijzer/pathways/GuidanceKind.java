package nl.zelfhulpwijzer.pathways;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Soort handreiking: tip, tip voor motiverende gespreksvoering, drempel (met antwoord), criterium, "
        + "let op, risicosignaal of beslispunt.")
public enum GuidanceKind {
    TIP, MI_TIP, BARRIER, CRITERION, CAUTION, RISK_SIGNAL, DECISION_POINT
}
