package nl.zelfhulpwijzer.interop.meetingguide;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.zelfhulpwijzer.common.problem.Problem;

@Schema(name = "ImportReport", description = "Resultaat van een import van een Meeting Guide-feed, per rij van de feed.")
public record ImportReport(
        @Schema(required = true, description = "Proefimport: er is niets opgeslagen.") boolean dryRun,
        @Schema(required = true, description = "Aantal rijen in de feed.") int total,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int rejected,
        @Schema(required = true, description = "Rijen die niet fout zijn maar niet in de sociale kaart passen: bijeenkomsten op "
                + "afspraak (zonder dag en tijd).") int skipped,
        @Schema(required = true) List<Row> rows,
        @Schema(required = true, description = "Open bijeenkomsten van deze organisatie die niet (meer) in de feed staan.")
        List<Missing> missing,
        @Schema(required = true, description = "Hoeveel daarvan deze import tijdelijk sluit (closeMissing=true); bij een "
                + "proefimport: zou sluiten.") int closed) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED, SKIPPED
    }

    @Schema(name = "ImportMissing", description = "Een bijeenkomst die de feed niet (meer) noemt.")
    public record Missing(
            @Schema(required = true) String slug,
            @Schema(required = true) String name,
            @Schema(required = true) String groupName,
            @Schema(required = true, description = "Wordt (of bij een proefimport: zou worden) tijdelijk gesloten.") boolean closed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportRow")
    public record Row(
            @Schema(required = true, description = "Positie in de feed, vanaf 0.") int index,
            String slug,
            @Schema(required = true) Outcome outcome,
            @Schema(description = "Gewijzigde velden bij UPDATED; bij een rij met meerdere dagen met de dag ervoor, zoals "
                    + "'dinsdag: time' of 'vrijdag: nieuw'.") List<String> changedFields,
            @Schema(description = "Waarom de rij is geweigerd (REJECTED) of overgeslagen (SKIPPED).") List<Problem.FieldError> errors,
            @Schema(description = "Bij een rij met meerdere dagen: de slugs van de bijeenkomsten, één per dag (slug-ma, slug-wo …).")
            List<String> meetingSlugs,
            @Schema(description = "Opmerkingen die de import niet tegenhouden, zoals een bijeenkomst van deze rij die niet "
                    + "meer in de feed staat en dus niet is bijgewerkt.") List<String> warnings) {
    }
}
