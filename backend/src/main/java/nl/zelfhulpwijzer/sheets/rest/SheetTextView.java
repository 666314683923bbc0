package nl.zelfhulpwijzer.sheets.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.common.versioning.VersionStatus;
import nl.zelfhulpwijzer.sheets.SheetText;
import nl.zelfhulpwijzer.sheets.SheetTextVersion;

@Schema(description = "Eén versie van de teksten van de voorlichtingsbladen.")
public record SheetTextView(
        @Schema(required = true) int number,
        @Schema(required = true) VersionStatus status,
        Integer basedOn,
        Instant publishedAt,
        String publishedBy,
        @Schema(required = true) List<SheetText> texts) {

    static SheetTextView of(SheetTextVersion version) {
        return new SheetTextView(version.number, version.status, version.basedOn, version.publishedAt, version.publishedBy,
                version.texts);
    }
}
