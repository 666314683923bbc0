package nl.zelfhulpwijzer.directory.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.directory.ReportReason;
import nl.zelfhulpwijzer.directory.ReportStatus;

@Schema(name = "Report", description = "Een melding van onjuiste informatie, in de wachtrij van de coördinator.")
public record ReportDto(
        @Schema(required = true) long id,
        @Schema(required = true) String groupSlug,
        @Schema(required = true) String groupName,
        String meetingSlug,
        @Schema(required = true) ReportReason reason,
        String message,
        @Schema(required = true) ReportStatus status,
        @Schema(required = true) Instant createdAt,
        String handledBy,
        Instant handledAt) {
}
