package nl.zelfhulpwijzer.advice.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.CriterionKind;
import nl.zelfhulpwijzer.advice.RiskSignal;
import nl.zelfhulpwijzer.advice.Route;
import nl.zelfhulpwijzer.advice.Verdict;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.SourceReference;

/** API model of an advice. */
public final class AdviceDtos {

    private AdviceDtos() {
    }

    @Schema(name = "AdviceResponse", description = "Het advies: eerst de risicosignalen, dan elke kandidaat, best passend eerst.")
    public record AdviceResponse(
            @Schema(required = true, description = "De versie van de verwijscriteria die is gebruikt.") int catalogueVersion,
            @Schema(required = true, description = "Waar: eerst handelen op een risicosignaal, vóór elke verwijzing.") boolean actFirst,
            @Schema(required = true) List<RiskSignalAdvice> riskSignals,
            @Schema(required = true, description = "Aantal beoordeelde kandidaten.") int evaluated,
            @Schema(required = true) VerdictCounts counts,
            @Schema(required = true, description = "Waar: er zijn meer kandidaten dan de limiet.") boolean truncated,
            @Schema(required = true) List<CandidateAdviceDto> candidates) {
    }

    @Schema(name = "VerdictCounts", description = "Aantal kandidaten per oordeel.")
    public record VerdictCounts(@Schema(required = true) int fitsNow, @Schema(required = true) int mayFit,
            @Schema(required = true) int laterSerial, @Schema(required = true) int doesNotFit) {
    }

    @Schema(name = "RiskSignalAdvice", description = "Een risicosignaal met wat je moet doen.")
    public record RiskSignalAdvice(
            @Schema(required = true) RiskSignal signal,
            @Schema(required = true) RiskSignal.Urgency urgency,
            @Schema(required = true) String criterionCode,
            @Schema(required = true) String text,
            @Schema(required = true) String action,
            SourceReference source) {
    }

    @Schema(name = "CandidateAdvice", description = "Het advies voor één organisatie of groep.")
    public record CandidateAdviceDto(
            @Schema(required = true) int rank,
            @Schema(required = true, example = "al-anon") String organisationId,
            String groupId,
            @Schema(required = true) String name,
            @Schema(required = true) OrganisationKind kind,
            @Schema(required = true) Approach approach,
            @Schema(required = true) Country country,
            @Schema(required = true) Verdict verdict,
            @Schema(required = true, example = "past nu") String verdictLabel,
            @Schema(required = true, description = "Hoe goed het past; hoger is beter.") int score,
            @Schema(description = "Eerstvolgende bijeenkomst (alleen bij groepen met een rooster).") java.time.OffsetDateTime nextMeetingAt,
            @Schema(description = "Afstand in km (als die bekend is).") Double distanceKm,
            @Schema(required = true) List<ReasonDto> reasons,
            @Schema(required = true) List<ReasonDto> cautions,
            @Schema(description = "Hoe verwijzen; leeg als het niet past.") RouteDto route) {
    }

    @Schema(name = "AdviceReason", description = "Een criterium dat meetelde, of een gegeven uit de sociale kaart, met bron.")
    public record ReasonDto(
            @Schema(required = true, example = "PILOT_7B_ABSTINENCE_WISH") String code,
            @Schema(description = "Soort criterium; leeg bij een gegeven uit de sociale kaart.") CriterionKind kind,
            @Schema(required = true) String text,
            String action,
            SourceReference source) {
    }

    @Schema(name = "AdviceRoute", description = "De aanbevolen manier van verwijzen en de stappen die helpen.")
    public record RouteDto(
            @Schema(required = true) Route route,
            ReasonDto reason,
            @Schema(required = true) List<ReasonDto> steps) {
    }
}
