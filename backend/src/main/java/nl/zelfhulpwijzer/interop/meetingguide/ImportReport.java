package nl.zelfhulpwijzer.interop.meetingguide;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.common.problem.Problem;

@Schema(name = "ImportReport", description = "Resultaat van een import van een Meeting Guide-feed, per rij.")
public record ImportReport(
        @Schema(required = true, description = "Proefimport: er is niets opgeslagen.") boolean dryRun,
        @Schema(required = true) int total,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int rejected,
        @Schema(required = true) List<Row> rows) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    @Schema(name = "ImportRow")
    public record Row(
            @Schema(required = true, description = "Positie in de feed, vanaf 0.") int index,
            String slug,
            @Schema(required = true) Outcome outcome,
            @Schema(description = "Gewijzigde velden bij UPDATED.") List<String> changedFields,
            @Schema(description = "Waarom de rij is geweigerd.") List<Problem.FieldError> errors) {
    }
}
