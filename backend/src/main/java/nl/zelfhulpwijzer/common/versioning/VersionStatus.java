package nl.zelfhulpwijzer.common.versioning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Status van een versie: concept, gepubliceerd, of vervangen door een nieuwere publicatie.")
public enum VersionStatus {
    DRAFT, PUBLISHED, SUPERSEDED
}
