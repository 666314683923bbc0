package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.pathways.Citation;

@Schema(description = "Vraag uit de vragenlijst van Bijlage 4. SCALE: één punt van 1 tot en met scalePoints, options zijn "
        + "de labels van de uitersten; SINGLE: één optie (index vanaf 0); MULTIPLE: een of meer opties, hoogstens maxChoices.")
public record SurveyQuestionView(
        @Schema(required = true, example = "16") String code,
        @Schema(required = true, enumeration = { "ALGEMEEN", "CLIENTEN_VOORLICHTING", "CLIENTEN_VERWIJZING",
                "CLIENTEN_INTEGRATIE", "FAMILIE" }) String part,
        @Schema(required = true, enumeration = { "SCALE", "SINGLE", "MULTIPLE" }) String kind,
        @Schema(required = true) String text,
        @Schema(required = true) List<String> options,
        Integer maxChoices,
        Integer scalePoints,
        @Schema(required = true, description = "Waar: de vraag is herschreven voor elke instelling.") boolean adapted,
        @Schema(required = true) Citation source) {
}
