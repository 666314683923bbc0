package nl.zelfhulpwijzer.advice.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.zelfhulpwijzer.advice.AdviceGrouping.OrganisationAdvice;
import nl.zelfhulpwijzer.advice.AdviceOrigin;
import nl.zelfhulpwijzer.advice.AdviceOverview;
import nl.zelfhulpwijzer.advice.AgeBand;
import nl.zelfhulpwijzer.advice.CandidateAdvice;
import nl.zelfhulpwijzer.advice.CatalogueCriterion;
import nl.zelfhulpwijzer.advice.Characteristic;
import nl.zelfhulpwijzer.advice.ClientProfile;
import nl.zelfhulpwijzer.advice.CriteriaCatalogue;
import nl.zelfhulpwijzer.advice.Finding;
import nl.zelfhulpwijzer.advice.LevelAdvice;
import nl.zelfhulpwijzer.advice.Medication;
import nl.zelfhulpwijzer.advice.NetworkQuality;
import nl.zelfhulpwijzer.advice.Profession;
import nl.zelfhulpwijzer.advice.PsychiatricSymptom;
import nl.zelfhulpwijzer.advice.RiskAction;
import nl.zelfhulpwijzer.advice.RiskSignal;
import nl.zelfhulpwijzer.advice.RouteAdvice;
import nl.zelfhulpwijzer.advice.ScorePart;
import nl.zelfhulpwijzer.advice.StageOfChange;
import nl.zelfhulpwijzer.advice.Substance;
import nl.zelfhulpwijzer.advice.TreatmentGoal;
import nl.zelfhulpwijzer.advice.TreatmentPhase;
import nl.zelfhulpwijzer.advice.TreatmentSetting;
import nl.zelfhulpwijzer.advice.Verdict;
import nl.zelfhulpwijzer.common.paging.PageRequest;
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
        if (r.unknownFields() != null) {
            r.unknownFields().keySet().stream().sorted().forEach(name -> errors.add(new Problem.FieldError(name,
                    "Dit veld hoort niet bij het profiel. Stuur nooit een naam, BSN, geboortedatum of contactgegevens.")));
        }
        Set<Behaviour> behaviours = codes(Behaviour.class, r.behaviours(), "behaviours", errors);
        Set<Substance> substances = codes(Substance.class, r.substances(), "substances", errors);
        if (behaviours.isEmpty() && substances.isEmpty()) {
            errors.add(new Problem.FieldError("behaviours", "Kies minstens één middel of gedrag."));
        }
        Approach approach = CodeParams.parse(Approach.class, r.approach(), "approach", errors);
        if (approach == Approach.THEME_BASED || approach == Approach.NOT_APPLICABLE) {
            errors.add(new Problem.FieldError("approach", "Kies TWELVE_STEP of SECULAR."));
        }
        ClientProfile profile = new ClientProfile(relation, behaviours, substances,
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
                r.womenOnly(),
                approach,
                r.groupsInInstitution(),
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

    /** The organisations of the advice, one page, each with its local groups. */
    static AdviceDtos.AdviceResponse toResponse(AdviceOverview advice, AdviceOrigin origin, int localGroups, PageRequest page) {
        List<AdviceDtos.CandidateAdviceDto> items = new ArrayList<>();
        int rank = page.offset();
        for (OrganisationAdvice o : advice.organisations(page.offset(), page.size(), localGroups)) {
            items.add(toDto(++rank, o.head(), o.fittingGroups(), o.localGroups().stream().map(AdviceMapper::toLocal).toList()));
        }
        return response(advice, origin, page, advice.organisationCount(), items);
    }

    /** Every candidate of one organisation (itself and its groups), one page, ranked as in the advice. */
    static AdviceDtos.AdviceResponse toOrganisationResponse(AdviceOverview advice, AdviceOrigin origin, String organisationId,
            PageRequest page) {
        List<CandidateAdvice> own = advice.organisation(organisationId);
        List<AdviceDtos.CandidateAdviceDto> items = new ArrayList<>();
        int end = Math.min(own.size(), page.offset() + page.size());
        for (int i = page.offset(); i < end; i++) {
            items.add(toDto(i + 1, own.get(i), null, List.of()));
        }
        return response(advice, origin, page, own.size(), items);
    }

    private static AdviceDtos.AdviceResponse response(AdviceOverview advice, AdviceOrigin origin, PageRequest page, int total,
            List<AdviceDtos.CandidateAdviceDto> items) {
        return new AdviceDtos.AdviceResponse(advice.catalogueVersion(), advice.actFirst(),
                advice.riskSignals().stream().map(AdviceMapper::toDto).toList(), toDto(advice.level()),
                new AdviceDtos.OriginDto(origin.label(), origin.latitude(), origin.longitude(), origin.home(), origin.homeSource()),
                advice.evaluated(),
                new AdviceDtos.VerdictCounts(advice.count(Verdict.FITS_NOW), advice.count(Verdict.MAY_FIT),
                        advice.count(Verdict.NOT_NOW), advice.count(Verdict.LATER_SERIAL), advice.count(Verdict.DOES_NOT_FIT)),
                page.page(), page.size(), total, total > page.offset() + page.size(), items);
    }

    private static AdviceDtos.LevelDto toDto(LevelAdvice level) {
        return new AdviceDtos.LevelDto(level.level(), level.level().label(),
                level.reasons().stream().map(AdviceMapper::toDto).toList(),
                level.questions().stream().map(AdviceMapper::toDto).toList());
    }

    private static AdviceDtos.RiskSignalAdvice toDto(RiskAction r) {
        Finding f = r.finding();
        return new AdviceDtos.RiskSignalAdvice(r.signal(), r.urgency(), f.code(), f.text(), f.action(), source(f),
                r.derived() ? toDto(r.derivation()) : null);
    }

    private static AdviceDtos.CandidateAdviceDto toDto(int rank, CandidateAdvice a, Integer fittingGroups,
            List<AdviceDtos.LocalGroupDto> localGroups) {
        var c = a.candidate();
        return new AdviceDtos.CandidateAdviceDto(rank, c.organisationId(), c.groupId(), c.name(), c.kind(), c.approach(),
                c.country(), a.verdict(), a.verdict().label(), a.exactFit(), a.score(),
                a.scoreParts().stream().map(p -> toDto(p, a.hasReason(p.code()))).toList(), c.nextMeetingAt(), c.distanceKm(),
                a.reasons().stream().map(AdviceMapper::toDto).toList(),
                a.cautions().stream().map(AdviceMapper::toDto).toList(),
                toDto(a.route()), fittingGroups, localGroups);
    }

    private static AdviceDtos.LocalGroupDto toLocal(CandidateAdvice a) {
        var c = a.candidate();
        return new AdviceDtos.LocalGroupDto(c.groupId(), c.name(), c.place(), a.verdict(), a.verdict().label(), c.distanceKm(),
                c.nextMeetingAt());
    }

    /** A part whose criterion is also among the reasons names only its code: the reason carries text and source. */
    private static AdviceDtos.ScorePartDto toDto(ScorePart p, boolean explainedByReason) {
        if (explainedByReason) {
            return new AdviceDtos.ScorePartDto(p.code(), p.points(), null, null, p.inference());
        }
        return new AdviceDtos.ScorePartDto(p.code(), p.points(), p.text(),
                p.sourceDocument() == null ? null : new SourceReference(p.sourceDocument(), p.sourceSection()), p.inference());
    }

    private static AdviceDtos.RouteDto toDto(RouteAdvice r) {
        if (r == null || r.route() == null) {
            return null;
        }
        return new AdviceDtos.RouteDto(r.route(), r.reason() == null ? null : toDto(r.reason()),
                r.steps().stream().map(AdviceMapper::toDto).toList());
    }

    private static AdviceDtos.ReasonDto toDto(Finding f) {
        return new AdviceDtos.ReasonDto(f.code(), f.kind(), f.text(), f.action(), source(f), f.quote(), f.inference());
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
                c.text, c.action, new SourceReference(c.sourceDocument, c.sourceSection), c.sourceQuote, c.inference);
    }
}
