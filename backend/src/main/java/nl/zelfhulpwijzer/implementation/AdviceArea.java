package nl.zelfhulpwijzer.implementation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sections a–e of the advisory note's "Bevindingen en Adviezen". */
@Schema(description = "Onderdeel van de adviesnota: voorlichting aan cliënten, aan familieleden, verwijzing, integratie, "
        + "voorwaardenscheppende condities.")
public enum AdviceArea {
    VOORLICHTING_CLIENTEN, VOORLICHTING_FAMILIE, VERWIJZING, INTEGRATIE, VOORWAARDEN
}
