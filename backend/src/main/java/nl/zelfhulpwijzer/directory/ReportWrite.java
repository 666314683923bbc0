package nl.zelfhulpwijzer.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "ReportWrite", description = "Melding van onjuiste informatie. Zet geen namen of contactgegevens in het bericht.")
public record ReportWrite(
        @Schema(required = true) @NotNull(message = "Kies wat er niet klopt.") ReportReason reason,
        @Schema(description = "Sleutel van de bijeenkomst, als het om één bijeenkomst gaat.")
        @Size(max = 140, message = "Gebruik hoogstens 140 tekens.") String meetingSlug,
        @Size(max = 1000, message = "Gebruik hoogstens 1000 tekens.") String message) {
}
