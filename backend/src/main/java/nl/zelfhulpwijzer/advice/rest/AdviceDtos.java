package nl.zelfhulpwijzer.advice.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.zelfhulpwijzer.advice.AdviceOrigin;
import nl.zelfhulpwijzer.advice.CriterionKind;
import nl.zelfhulpwijzer.advice.Level;
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

    @Schema(name = "AdviceResponse", description = "Het advies: eerst de risicosignalen, dan het niveau dat nu past, dan de "
            + "organisaties (best passend eerst) met groepen in de plaats van de cliënt.")
    public record AdviceResponse(
            @Schema(required = true, description = "De versie van de verwijscriteria die is gebruikt.") int catalogueVersion,
            @Schema(required = true, description = "Waar: eerst handelen op een risicosignaal, vóór elke verwijzing.") boolean actFirst,
            @Schema(required = true) List<RiskSignalAdvice> riskSignals,
            @Schema(required = true) LevelDto level,
            @Schema(required = true) OriginDto origin,
            @Schema(required = true, description = "Aantal beoordeelde organisaties en groepen.") int evaluated,
            @Schema(required = true, description = "Aantal per oordeel, over alle organisaties en groepen.") VerdictCounts counts,
            @Schema(required = true, description = "Paginanummer, vanaf 1.") int page,
            @Schema(required = true, description = "Aantal per pagina.") int size,
            @Schema(required = true, description = "Aantal in deze lijst: organisaties, of de groepen van één organisatie.") int total,
            @Schema(required = true, description = "Waar: er zijn meer pagina's.") boolean truncated,
            @Schema(required = true) List<CandidateAdviceDto> candidates) {
    }

    @Schema(name = "AdviceOrigin", description = "Waar de cliënt hulp zoekt: de plaats waarvandaan afstanden zijn gemeten, "
            + "en het eigen land (bij gelijke geschiktheid gaat aanbod in het eigen land voor).")
    public record OriginDto(
            @Schema(description = "Hoe de plaats of postcode is begrepen, zoals \"3511 Utrecht\"; leeg zonder plaats.") String place,
            Double latitude,
            Double longitude,
            @Schema(description = "Het eigen land; leeg als het onbekend is.") Country homeCountry,
            @Schema(description = "Waar het eigen land vandaan komt: het profiel, de plaats of de instelling.")
            AdviceOrigin.HomeSource homeCountrySource) {
    }

    @Schema(name = "VerdictCounts", description = "Aantal kandidaten per oordeel.")
    public record VerdictCounts(@Schema(required = true) int fitsNow, @Schema(required = true) int mayFit,
            @Schema(required = true) int notNow, @Schema(required = true) int laterSerial,
            @Schema(required = true) int doesNotFit) {
    }

    @Schema(name = "AdviceLevel", description = "Het niveau dat nu past, met de redenen en bronnen; elk niveau sluit de lagere in.")
    public record LevelDto(
            @Schema(required = true) Level level,
            @Schema(required = true, example = "verwijzing") String label,
            @Schema(required = true) List<ReasonDto> reasons,
            @Schema(required = true, description = "Wat je eerst moet vragen, omdat het profiel het open laat.") List<ReasonDto> questions) {
    }

    @Schema(name = "ScorePart", description = "Eén stap van de score: de punten en het criterium of de bronpassage.")
    public record ScorePartDto(
            @Schema(required = true, example = "PILOT_7B_ABSTINENCE_WISH") String code,
            @Schema(required = true) int points,
            @Schema(description = "Leeg als een reden met dezelfde code de tekst en bron al geeft.") String text,
            SourceReference source,
            @Schema(required = true, description = "Waar: afgeleid, de bron zegt het niet letterlijk.") boolean inference) {
    }

    @Schema(name = "LocalGroup", description = "Een groep van de organisatie dicht bij de plaats van de cliënt.")
    public record LocalGroupDto(
            @Schema(required = true) String groupId,
            @Schema(required = true) String name,
            String place,
            @Schema(required = true) Verdict verdict,
            @Schema(required = true) String verdictLabel,
            Double distanceKm,
            java.time.OffsetDateTime nextMeetingAt) {
    }

    @Schema(name = "RiskSignalAdvice", description = "Een risicosignaal met wat je moet doen.")
    public record RiskSignalAdvice(
            @Schema(required = true) RiskSignal signal,
            @Schema(required = true) RiskSignal.Urgency urgency,
            @Schema(required = true) String criterionCode,
            @Schema(required = true) String text,
            @Schema(required = true) String action,
            SourceReference source,
            @Schema(description = "Gevuld als het signaal is afgeleid uit het profiel (middel en wens om te stoppen), met bron.")
            ReasonDto derivation) {
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
            @Schema(required = true, description = "Waar: een groep of programma voor deze persoon en dit middel; "
                    + "anders een aanbod dat alleen niet botst.") boolean exactFit,
            @Schema(required = true, description = "Hoe goed het past; hoger is beter. De som van scoreParts.") int score,
            @Schema(required = true) List<ScorePartDto> scoreParts,
            @Schema(description = "Eerstvolgende bijeenkomst (alleen bij groepen met een rooster).") java.time.OffsetDateTime nextMeetingAt,
            @Schema(description = "Afstand in km (als die bekend is).") Double distanceKm,
            @Schema(required = true) List<ReasonDto> reasons,
            @Schema(required = true) List<ReasonDto> cautions,
            @Schema(description = "Hoe verwijzen; leeg als het niet past of als het advies nu voorlichting is.") RouteDto route,
            @Schema(description = "Aantal passende groepen van deze organisatie (alleen in de lijst van organisaties).")
            Integer fittingGroups,
            @Schema(required = true, description = "Hoogstens enkele passende groepen dicht bij de plaats van de cliënt "
                    + "(dichtstbij eerst, dan eerstvolgende bijeenkomst); leeg zonder plaats.")
            List<LocalGroupDto> localGroups) {
    }

    @Schema(name = "AdviceReason", description = "Een criterium dat meetelde, of een gegeven uit de sociale kaart, met bron.")
    public record ReasonDto(
            @Schema(required = true, example = "PILOT_7B_ABSTINENCE_WISH") String code,
            @Schema(description = "Soort criterium; leeg bij een gegeven uit de sociale kaart.") CriterionKind kind,
            @Schema(required = true) String text,
            String action,
            SourceReference source,
            @Schema(description = "Letterlijke passage uit de bron.") String quote,
            @Schema(required = true, description = "Waar: afgeleid, de bron zegt het niet letterlijk.") boolean inference) {
    }

    @Schema(name = "AdviceRoute", description = "De aanbevolen manier van verwijzen en de stappen die helpen.")
    public record RouteDto(
            @Schema(required = true) Route route,
            ReasonDto reason,
            @Schema(required = true) List<ReasonDto> steps) {
    }
}
