package nl.zelfhulpwijzer.advice.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.zelfhulpwijzer.advice.Advice;
import nl.zelfhulpwijzer.advice.AgeBand;
import nl.zelfhulpwijzer.advice.CandidateAdvice;
import nl.zelfhulpwijzer.advice.CatalogueCriterion;
import nl.zelfhulpwijzer.advice.Characteristic;
import nl.zelfhulpwijzer.advice.ClientProfile;
import nl.zelfhulpwijzer.advice.CriteriaCatalogue;
import nl.zelfhulpwijzer.advice.Finding;
import nl.zelfhulpwijzer.advice.Medication;
import nl.zelfhulpwijzer.advice.NetworkQuality;
import nl.zelfhulpwijzer.advice.Profession;
import nl.zelfhulpwijzer.advice.PsychiatricSymptom;
import nl.zelfhulpwijzer.advice.RiskAction;
import nl.zelfhulpwijzer.advice.RiskSignal;
import nl.zelfhulpwijzer.advice.RouteAdvice;
import nl.zelfhulpwijzer.advice.StageOfChange;
import nl.zelfhulpwijzer.advice.TreatmentGoal;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.advice.TreatmentSetting;
import nl.zelfhulpwijzer.advice.Verdict;
import nl.zelfhulpwijzer.common.params.CodeParams;
import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.SourceReference;

/** Request to profile (collecting Dutch field errors), and domain results to the API model. */
final class AdviceMapper {

    private AdviceMapper() {
    }

    /** The profile, or null after adding field errors. */
    static ClientProfile toProfile(AdviceRequest r, List<Problem.FieldError> errors) {
        Audience relation = CodeParams.parse(Audience.class, r.relation(), "relation", errors);
        if (relation == Audience.PROFESSIONAL) {
            errors.add(new Problem.FieldError("relation",
                    "Dit advies is voor een cliënt of iemand om hem heen. Kies PERSON, PARTNER, PARENT, CHILD, RELATIVE of COLLEAGUE."));
        }
        ClientProfile profile = new ClientProfile(relation,
                codes(Behaviour.class, r.behaviours(), "behaviours", errors),
                CodeParams.parse(TreatmentGoal.class, r.treatmentGoal(), "treatmentGoal", errors),
                r.abstinenceWish(),
                CodeParams.parse(StageOfChange.class, r.stageOfChange(), "stageOfChange", errors),
                CodeParams.parse(TreatmentPhase.class, r.treatmentPhase(), "treatmentPhase", errors),
                CodeParams.parse(TreatmentSetting.class, r.treatmentSetting(), "treatmentSetting", errors),
                r.alcoholPrivileges(),
                codes(PsychiatricSymptom.class, r.psychiatricSymptoms(), "psychiatricSymptoms", errors),
                codes(Medication.class, r.medication(), "medication", errors),
                r.mildIntellectualDisability(),
                CodeParams.parse(NetworkQuality.class, r.network(), "network", errors),
                CodeParams.parse(AgeBand.class, r.ageBand(), "ageBand", errors),
                r.language(),
                CodeParams.parse(Country.class, r.country(), "country", errors),
                r.place() == null || r.place().isBlank() ? null : r.place().trim(),
                r.online(),
                CodeParams.parse(Profession.class, r.profession(), "profession", errors),
                r.makelaarAvailable(),
                codes(Characteristic.class, r.characteristics(), "characteristics", errors),
                codes(RiskSignal.class, r.riskSignals(), "riskSignals", errors));
        return errors.isEmpty() ? profile : null;
    }

    private static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> raw, String field, List<Problem.FieldError> errors) {
        Set<E> set = EnumSet.noneOf(type);
        if (raw == null) {
            return set;
        }
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            if (value == null || value.isBlank()) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "Vul een waarde in."));
                continue;
            }
            E code = CodeParams.parse(type, value, field + "[" + i + "]", errors);
            if (code != null) {
                set.add(code);
            }
        }
        return set;
    }

    static AdviceDtos.AdviceResponse toResponse(Advice advice, int limit) {
        int[] counts = new int[Verdict.values().length];
        advice.candidates().forEach(c -> counts[c.verdict().ordinal()]++);
        List<AdviceDtos.CandidateAdviceDto> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, advice.candidates().size()); i++) {
            candidates.add(toDto(i + 1, advice.candidates().get(i)));
        }
        return new AdviceDtos.AdviceResponse(advice.catalogueVersion(), advice.actFirst(),
                advice.riskSignals().stream().map(AdviceMapper::toDto).toList(),
                advice.candidates().size(),
                new AdviceDtos.VerdictCounts(counts[0], counts[1], counts[2], counts[3]),
                advice.candidates().size() > limit, candidates);
    }

    private static AdviceDtos.RiskSignalAdvice toDto(RiskAction r) {
        Finding f = r.finding();
        return new AdviceDtos.RiskSignalAdvice(r.signal(), r.urgency(), f.code(), f.text(), f.action(), source(f));
    }

    private static AdviceDtos.CandidateAdviceDto toDto(int rank, CandidateAdvice a) {
        var c = a.candidate();
        return new AdviceDtos.CandidateAdviceDto(rank, c.organisationId(), c.groupId(), c.name(), c.kind(), c.approach(),
                c.country(), a.verdict(), a.verdict().label(), a.score(), c.nextMeetingAt(), c.distanceKm(),
                a.reasons().stream().map(AdviceMapper::toDto).toList(),
                a.cautions().stream().map(AdviceMapper::toDto).toList(),
                toDto(a.route()));
    }

    private static AdviceDtos.RouteDto toDto(RouteAdvice r) {
        if (r == null || r.route() == null) {
            return null;
        }
        return new AdviceDtos.RouteDto(r.route(), r.reason() == null ? null : toDto(r.reason()),
                r.steps().stream().map(AdviceMapper::toDto).toList());
    }

    private static AdviceDtos.ReasonDto toDto(Finding f) {
        return new AdviceDtos.ReasonDto(f.code(), f.kind(), f.text(), f.action(), source(f));
    }

    private static SourceReference source(Finding f) {
        return f.sourceDocument() == null ? null : new SourceReference(f.sourceDocument(), f.sourceSection());
    }

    static CatalogueDtos.CatalogueDto toDto(CriteriaCatalogue c) {
        List<CatalogueCriterion> criteria = new ArrayList<>(c.criteria);
        criteria.sort(Comparator.comparingInt(x -> x.position));
        return new CatalogueDtos.CatalogueDto(c.version, c.status.name(), c.title, c.note, c.publishedAt, c.revision,
                criteria.stream().map(AdviceMapper::toDto).toList());
    }

    private static CatalogueDtos.CriterionDto toDto(CatalogueCriterion c) {
        return new CatalogueDtos.CriterionDto(c.code, c.kind,
                new CatalogueDtos.AppliesTo(
                        Arrays.stream(c.approaches).map(Approach::valueOf).sorted().toList(),
                        Arrays.stream(c.organisationKinds).map(OrganisationKind::valueOf).sorted().toList(),
                        Arrays.stream(c.organisationIds).sorted().toList()),
                c.text, c.action, new SourceReference(c.sourceDocument, c.sourceSection));
    }
}
