package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * The referral rules: pure, deterministic Java, no server. For each candidate the directory facts decide whether it
 * is for this person and substance at all; then every catalogue criterion in scope whose condition holds adds a
 * reason, caution or route step and may cap the verdict (the worst cap wins). Kinds, scopes, texts and citations come
 * from the catalogue; the conditions are here, keyed by criterion code (see {@link #CONDITIONS}). A criterion whose
 * code has no condition is shown in the catalogue but never fires.
 */
public final class AdviceRules {

    /**
     * Result of a condition: the criterion holds, does not hold, is unknown because the profile leaves it open, or does
     * not apply to this profile at all.
     */
    enum Outcome {
        HOLDS, FAILS, UNKNOWN, SKIP;

        static Outcome of(boolean holds) {
            return holds ? HOLDS : FAILS;
        }
    }

    @FunctionalInterface
    interface Condition {
        Outcome test(ClientProfile p, Candidate c);
    }

    private static final Set<PsychiatricSymptom> SEVERE = EnumSet.allOf(PsychiatricSymptom.class);
    private static final Set<TreatmentGoal> NON_ABSTINENCE_GOALS =
            EnumSet.of(TreatmentGoal.MODERATION, TreatmentGoal.HARM_REDUCTION, TreatmentGoal.STABILISATION);
    private static final Set<Behaviour> SUBSTANCES = EnumSet.of(Behaviour.ALCOHOL, Behaviour.DRUGS, Behaviour.MEDICATION);
    private static final Set<OrganisationKind> GROUP_KINDS =
            EnumSet.of(OrganisationKind.SELF_HELP_FELLOWSHIP, OrganisationKind.FAMILY_GROUP);
    /** Offers that fit a person exactly when the directory fits: groups and the doctors' programmes. */
    static final Set<OrganisationKind> EXACT_KINDS = EnumSet.of(OrganisationKind.SELF_HELP_FELLOWSHIP,
            OrganisationKind.FAMILY_GROUP, OrganisationKind.PROFESSIONAL_PROGRAMME);

    /** Meeting Guide code of meetings for women only. */
    static final String WOMEN_ONLY = "W";
    /** The Meeting Guide codes of a group's meetings that a condition reads (besides O, C and DD from its flags). */
    static final Set<String> MEETING_TYPES_READ = Set.of(WOMEN_ONLY);

    /** The condition of each criterion code; only about the person with the addiction unless stated. */
    static final Map<String, Condition> CONDITIONS = Map.ofEntries(
            // 002, Bijlage 5, advies 7b
            Map.entry("PILOT_7B_ABSTINENCE_WISH", person((p, c) -> p.abstinenceWish() == null ? Outcome.UNKNOWN
                    : Outcome.of(p.abstinenceWish()))),
            Map.entry("PILOT_7B_SEVERE_ADDICTION", has(Characteristic.SEVERE_ADDICTION)),
            Map.entry("PILOT_7B_SEVERE_PSYCHOPATHOLOGY",
                    person((p, c) -> Outcome.of(p.has(Characteristic.SEVERE_PSYCHOPATHOLOGY) || !p.psychiatricSymptoms().isEmpty()))),
            Map.entry("PILOT_7B_LOW_SOCIAL_INTEGRATION", has(Characteristic.LOW_SOCIAL_INTEGRATION)),
            Map.entry("PILOT_7B_NEED_SUPPORT_ABSTINENCE", has(Characteristic.NEED_SUPPORT_STAYING_ABSTINENT)),
            Map.entry("PILOT_7B_SOCIAL_CRISIS_OR_WAITING",
                    person((p, c) -> Outcome.of(p.has(Characteristic.SOCIAL_CRISIS) || p.treatmentPhase() == TreatmentPhase.WAITING_LIST))),
            // 002, 3. Verwijzing: research literature
            Map.entry("RESEARCH_NETWORK_USE_POSITIVE", person((p, c) -> Outcome.of(p.network() == NetworkQuality.USE_POSITIVE))),
            Map.entry("RESEARCH_POOR_NETWORK", person((p, c) -> Outcome.of(p.network() == NetworkQuality.POOR))),
            Map.entry("RESEARCH_SEVERE_OR_POLY_USE", person((p, c) -> Outcome.of(p.has(Characteristic.SEVERE_OR_POLY_USE)
                    || p.behaviours().stream().filter(SUBSTANCES::contains).count() > 1))),
            Map.entry("RESEARCH_USE_TO_RELIEVE_TENSION", has(Characteristic.USE_TO_RELIEVE_TENSION)),
            Map.entry("RESEARCH_LOW_SELF_EFFICACY", has(Characteristic.LOW_SELF_EFFICACY)),
            Map.entry("RESEARCH_MANY_DEPENDENCE_SYMPTOMS", has(Characteristic.MANY_DEPENDENCE_SYMPTOMS)),
            Map.entry("RESEARCH_MANY_CONSEQUENCES", has(Characteristic.MANY_CONSEQUENCES)),
            Map.entry("RESEARCH_MANY_PSYCHIATRIC_SYMPTOMS",
                    person((p, c) -> Outcome.of(p.has(Characteristic.MANY_PSYCHIATRIC_SYMPTOMS) || !p.psychiatricSymptoms().isEmpty()))),
            // 002, 3. Verwijzing: professionals' view
            Map.entry("PROFESSIONAL_LOW_TRUST_IN_CARE", has(Characteristic.LOW_TRUST_IN_CARE)),
            Map.entry("PROFESSIONAL_ISOLATION", person((p, c) -> Outcome.of(p.network() == NetworkQuality.ISOLATED))),
            Map.entry("PROFESSIONAL_NEED_SUPPORT_IN_HARD_TIMES", has(Characteristic.NEED_SUPPORT_IN_HARD_TIMES)),
            Map.entry("PROFESSIONAL_NEED_PEER_CONTACT", has(Characteristic.NEED_PEER_CONTACT)),
            Map.entry("PROFESSIONAL_RECIDIVIST", has(Characteristic.RECIDIVIST)),
            Map.entry("PROFESSIONAL_DENIAL_AVOIDANCE", has(Characteristic.DENIAL_OR_AVOIDANCE)),
            Map.entry("PROFESSIONAL_WILL_TO_STOP", person((p, c) -> Outcome.of(Boolean.TRUE.equals(p.abstinenceWish())))),
            Map.entry("PROFESSIONAL_NO_ADMISSION_WANTED", has(Characteristic.NO_ADMISSION_WANTED)),
            // 002: not contra-indications
            Map.entry("NOT_CONTRA_COMORBIDITY", person((p, c) -> Outcome.of(!p.psychiatricSymptoms().isEmpty()
                    || p.has(Characteristic.MANY_PSYCHIATRIC_SYMPTOMS) || p.has(Characteristic.SEVERE_PSYCHOPATHOLOGY)))),
            Map.entry("NOT_CONTRA_RELIGION", has(Characteristic.RELIGION_CONCERN)),
            Map.entry("NOT_CONTRA_MEDICATION", person((p, c) -> Outcome.of(!p.medication().isEmpty()))),
            Map.entry("NOT_CONTRA_METHADONE", person((p, c) -> Outcome.of(p.medication().contains(Medication.METHADONE)))),
            // cautions
            Map.entry("CAUTION_SEVERE_PSYCHIATRIC", person((p, c) -> Outcome.of(p.psychiatricSymptoms().stream().anyMatch(SEVERE::contains)))),
            Map.entry("CAUTION_DUAL_DIAGNOSIS_GROUP", person((p, c) -> Outcome.of(
                    p.psychiatricSymptoms().stream().anyMatch(SEVERE::contains) && !c.meetingTypes().contains("DD")))),
            Map.entry("CAUTION_NA_MEDICATION", person((p, c) -> Outcome.of(p.medication().contains(Medication.METHADONE)
                    || p.medication().contains(Medication.PSYCHIATRIC_MEDICATION)))),
            Map.entry("CAUTION_TOO_EARLY_IN_PROCESS", person((p, c) -> Outcome.of(
                    (p.treatmentPhase() == TreatmentPhase.APPLICATION || p.treatmentPhase() == TreatmentPhase.INTAKE)
                            && !p.has(Characteristic.ASKS_FOR_SELF_HELP) && !p.has(Characteristic.RECIDIVIST)))),
            Map.entry("CAUTION_IN_FORMATION", (p, c) -> Outcome.of(c.status() == OrganisationStatus.IN_FORMATION)),
            Map.entry("CAUTION_MILD_INTELLECTUAL_DISABILITY", mildIntellectualDisability()),
            Map.entry("CAUTION_MID_ACCOMPANY_FIRST_VISIT", mildIntellectualDisability()),
            Map.entry("CAUTION_MID_GROUP_IN_INSTITUTION", mildIntellectualDisability()),
            Map.entry("CAUTION_ABS_REMISSION", (p, c) -> Outcome.of(p.isDoctor())),
            // exclusions
            Map.entry("EXCLUSION_ALCOHOL_PRIVILEGES", person((p, c) -> Outcome.of(Boolean.TRUE.equals(p.alcoholPrivileges())))),
            Map.entry("EXCLUSION_ABS_DOCTORS_ONLY", (p, c) -> Outcome.of(!p.isDoctor())),
            Map.entry("EXCLUSION_ANONIEME_DOKTERS_GP_ONLY",
                    (p, c) -> Outcome.of(p.profession() != Profession.GENERAL_PRACTITIONER || !p.isPerson())),
            // serial only
            Map.entry("SERIAL_NON_ABSTINENCE_GOAL", person((p, c) -> Outcome.of(NON_ABSTINENCE_GOALS.contains(p.treatmentGoal())))),
            Map.entry("SERIAL_STABILISATION_GOAL", person((p, c) -> Outcome.of(p.treatmentGoal() == TreatmentGoal.STABILISATION))),
            // relative indications on situations
            Map.entry("GROUPS_OPEN_TO_ANYONE_WITH_DESIRE", person((p, c) -> Outcome.of(Boolean.TRUE.equals(p.abstinenceWish())))),
            Map.entry("NOT_ABSTINENCE_ORIENTED_GROUP", person((p, c) -> Outcome.of(NON_ABSTINENCE_GOALS.contains(p.treatmentGoal())
                    || Boolean.FALSE.equals(p.abstinenceWish())))),
            Map.entry("FAMILY_OWN_GROUPS", (p, c) -> Outcome.of(!p.isPerson() && c.audiences().contains(p.relation()))),
            Map.entry("WAITING_LIST_FIRST_SUPPORT", phase(TreatmentPhase.WAITING_LIST)),
            Map.entry("INDICATION_KEY_MOMENT", phase(TreatmentPhase.INDICATION)),
            Map.entry("PARALLEL_TO_TREATMENT", person((p, c) -> Outcome.of(
                    (p.treatmentPhase() == TreatmentPhase.TREATMENT || p.treatmentPhase() == TreatmentPhase.CASE_MANAGEMENT)
                            && p.treatmentSetting() != TreatmentSetting.CLINICAL
                            && !NON_ABSTINENCE_GOALS.contains(p.treatmentGoal())))),
            Map.entry("CLINICAL_BUILD_CONTACT_DURING_STAY", person((p, c) -> Outcome.of(p.treatmentSetting() == TreatmentSetting.CLINICAL
                    && !NON_ABSTINENCE_GOALS.contains(p.treatmentGoal())))),
            Map.entry("AFTERCARE_DURING_NAZORG", phase(TreatmentPhase.AFTERCARE)),
            Map.entry("ONLINE_LOWER_THRESHOLD", (p, c) -> Outcome.of(Boolean.TRUE.equals(p.online()))),
            // preferences of whoever asks (the person or a relative), catalogue version 3
            Map.entry("PREFERENCE_LANGUAGE", (p, c) -> {
                Boolean speaks = speaks(p, c);
                return speaks == null ? Outcome.SKIP : Outcome.of(speaks);
            }),
            Map.entry("PREFERENCE_WOMEN_ONLY_MEETINGS",
                    (p, c) -> Outcome.of(Boolean.TRUE.equals(p.womenOnly()) && c.meetingTypes().contains(WOMEN_ONLY))),
            Map.entry("PREFERENCE_WOMEN_SVMG", (p, c) -> Outcome.of(Boolean.TRUE.equals(p.womenOnly()))),
            Map.entry("PREFERENCE_YOUNG_RELATIVE_ALATEEN",
                    (p, c) -> Outcome.of(!p.isPerson() && p.ageBand() == AgeBand.UNDER_18)),
            Map.entry("DOCTOR_ABS_PROGRAMME", person((p, c) -> Outcome.of(p.isDoctor()))),
            Map.entry("DOCTOR_FAMILY_COLLEAGUES_ABS", (p, c) -> Outcome.of(!p.isPerson() && p.isDoctor())),
            Map.entry("DOCTOR_GP_ANONIEME_DOKTERS", person((p, c) -> Outcome.of(p.profession() == Profession.GENERAL_PRACTITIONER))),
            Map.entry("DOCTOR_SELF_HELP_REQUIRED", person((p, c) -> Outcome.of(p.isDoctor()))),
            // route steps (the three routes themselves are chosen in route())
            Map.entry("ROUTE_SIX_MEETING_TRIAL", person((p, c) -> Outcome.HOLDS)),
            Map.entry("ROUTE_GO_ALONG_OPEN_MEETING", (p, c) -> Outcome.of(!c.meetingTypes().contains("C"))),
            Map.entry("ROUTE_GO_ALONG_TO_DOOR", (p, c) -> Outcome.HOLDS),
            Map.entry("ROUTE_CONTACT_MEMBER_FIRST", person((p, c) -> Outcome.HOLDS)),
            Map.entry("ROUTE_KEEP_MOTIVATING", (p, c) -> Outcome.of(!p.isPerson() ? false
                    : p.stageOfChange() == StageOfChange.PRECONTEMPLATION || p.stageOfChange() == StageOfChange.CONTEMPLATION
                            || !Boolean.TRUE.equals(p.abstinenceWish()))));

    /** Codes of the three routes; chosen per candidate, not fired as conditions. */
    static final Map<Route, String> ROUTE_CODES = Map.of(Route.DIRECT, "ROUTE_DIRECT",
            Route.VIA_CONTACT_PERSON, "ROUTE_VIA_CONTACT_PERSON", Route.VIA_MAKELAAR, "ROUTE_VIA_MAKELAAR");

    /** The verdict a firing criterion allows at best; criteria not listed here do not change the verdict. */
    static final Map<String, Verdict> CAPS = Map.of(
            "CAUTION_SEVERE_PSYCHIATRIC", Verdict.MAY_FIT,
            "CAUTION_NA_MEDICATION", Verdict.MAY_FIT,
            "CAUTION_TOO_EARLY_IN_PROCESS", Verdict.MAY_FIT,
            "CAUTION_IN_FORMATION", Verdict.MAY_FIT,
            "EXCLUSION_ALCOHOL_PRIVILEGES", Verdict.LATER_SERIAL,
            "EXCLUSION_ABS_DOCTORS_ONLY", Verdict.DOES_NOT_FIT,
            "EXCLUSION_ANONIEME_DOKTERS_GP_ONLY", Verdict.DOES_NOT_FIT);

    /**
     * Points of a relative indication that must decide the order: the doctors' own programmes come first (000, 001);
     * a preference of the client weighs as much as the preferred approach.
     */
    static final Map<String, Integer> WEIGHTS = Map.of(
            "DOCTOR_ABS_PROGRAMME", 20,
            "DOCTOR_GP_ANONIEME_DOKTERS", 20,
            "PREFERENCE_LANGUAGE", 2,
            "PREFERENCE_WOMEN_ONLY_MEETINGS", 2,
            "PREFERENCE_WOMEN_SVMG", 2,
            "PREFERENCE_YOUNG_RELATIVE_ALATEEN", 2);

    static final int ABSOLUTE_POINTS = 2;
    static final int RELATIVE_POINTS = 1;
    static final int DUAL_DIAGNOSIS_POINTS = 5;
    static final int APPROACH_PREFERENCE_POINTS = 2;

    private static final ScorePart GROUP_PART = ScorePart.inferred("FIT_GROUP", 3,
            "Een zelfhulpgroep of programma: daar gaat dit advies over.");
    private static final ScorePart SPECIFIC_PART = ScorePart.inferred("FIT_SPECIFIC", 1,
            "Gaat over één of twee middelen of gedragingen, niet over alles.");

    private AdviceRules() {
    }

    /** The advice for a profile over the candidates, using one catalogue version. Same input, same output. */
    public static Advice evaluate(ClientProfile profile, List<Candidate> candidates, Catalogue catalogue) {
        return evaluate(profile, candidates, catalogue, profile.country());
    }

    /** The advice ranked for a client at home in {@code home} (null: unknown); see {@link Ranking}. */
    public static Advice evaluate(ClientProfile profile, List<Candidate> candidates, Catalogue catalogue, Country home) {
        Evaluation evaluation = new Evaluation(profile, catalogue);
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Ranking.BY_NAME_AND_KEY); // nearly free when the caller already ordered them by name
        List<CandidateAdvice> evaluated = new ArrayList<>(ordered.size());
        for (Candidate c : ordered) {
            evaluated.add(evaluation.evaluate(c));
        }
        return new Advice(catalogue.version(), evaluation.actFirst(), evaluation.risks(), evaluation.level(),
                Ranking.sort(evaluated, home)); // ties stay in name order
    }

    /**
     * One advice run: the risk signals and level of the profile, and each candidate's advice. The catalogue part of a
     * candidate's advice depends only on the profile and the candidate's shape (kind, approach, status, meeting types,
     * whether it meets in the preferred language, and its id where a criterion names it): conditions may read no other candidate field (audience membership of the
     * relation is already guaranteed by the directory fit). So it is computed once per shape, which keeps an advice
     * over 10,000 groups fast.
     */
    static final class Evaluation {
        private final ClientProfile profile;
        private final Catalogue catalogue;
        private final Map<String, Criterion> byCode;
        private final List<RiskAction> risks;
        private final LevelAdvice level;
        private final Set<String> namedIds;
        private final Map<Shape, CandidateAdvice> byShape = new java.util.HashMap<>();
        private final Map<Object, String> texts = new java.util.HashMap<>();

        Evaluation(ClientProfile profile, Catalogue catalogue) {
            this.profile = profile;
            this.catalogue = catalogue;
            this.byCode = catalogue.byCode();
            this.risks = riskActions(profile, byCode);
            this.level = LevelRules.decide(profile);
            this.namedIds = namedIds(catalogue);
        }

        List<RiskAction> risks() {
            return risks;
        }

        boolean actFirst() {
            return risks.stream().anyMatch(r -> r.urgency() == RiskSignal.Urgency.EMERGENCY);
        }

        LevelAdvice level() {
            return level;
        }

        Catalogue catalogue() {
            return catalogue;
        }

        CandidateAdvice evaluate(Candidate c) {
            List<Finding> directory = new ArrayList<>(2);
            if (!directoryFit(profile, c, directory, texts)) {
                return new CandidateAdvice(c, Verdict.DOES_NOT_FIT, false, List.of(),
                        directory.size() == 1 ? List.of(directory.get(0)) : directory, List.of(), List.of(), NO_ROUTE);
            }
            Shape shape = new Shape(c.kind(), c.approach(), c.status(), c.meetingTypes(), speaks(profile, c),
                    namedIds.contains(c.organisationId()) ? c.organisationId() : null, c.behaviours().size() <= 2);
            CandidateAdvice part = byShape.computeIfAbsent(shape, s -> {
                CandidateAdvice shaped = AdviceRules.evaluate(profile, c, catalogue, byCode, level.level());
                List<ScorePart> parts = new ArrayList<>(baseScore(c));
                parts.addAll(shaped.scoreParts());
                return new CandidateAdvice(c, shaped.verdict(), shaped.exactFit(), parts, List.of(),
                        shaped.criteriaReasons(), shaped.cautions(), shaped.route());
            });
            return new CandidateAdvice(c, part.verdict(), part.exactFit(), part.scoreParts(),
                    directory.size() == 1 ? List.of(directory.get(0)) : directory, part.criteriaReasons(), part.cautions(),
                    part.route());
        }
    }

    /** The organisations a criterion of the catalogue names: only for them does the id change a candidate's advice. */
    static Set<String> namedIds(Catalogue catalogue) {
        return catalogue.criteria().stream().flatMap(c -> c.organisationIds().stream()).collect(Collectors.toSet());
    }

    private record Shape(OrganisationKind kind, nl.zelfhulpwijzer.directory.Approach approach, OrganisationStatus status,
            Set<String> meetingTypes, Boolean speaksLanguage, String namedId, boolean specific) {
    }

    /**
     * All that the language preference reads of a candidate's languages: null when it does not apply (no preference,
     * or languages unknown), else whether the candidate meets in the preferred language. So candidates in other
     * languages share a shape when the profile has no preference.
     */
    private static Boolean speaks(ClientProfile p, Candidate c) {
        return p.language() == null || c.languages().isEmpty() ? null : c.languages().contains(p.language());
    }

    private static final RouteAdvice NO_ROUTE = new RouteAdvice(null, null, List.of());

    /**
     * The catalogue and preference part of the advice for a candidate that fits by the directory facts (without the
     * base score). At the level voorlichting no route is given: the groups are information, not a referral.
     */
    static CandidateAdvice evaluate(ClientProfile p, Candidate c, Catalogue catalogue, Map<String, Criterion> byCode,
            Level level) {
        List<Finding> reasons = new ArrayList<>();
        List<Finding> cautions = new ArrayList<>();
        Verdict verdict = Verdict.FITS_NOW;
        List<ScorePart> parts = new ArrayList<>();
        List<Finding> steps = new ArrayList<>();
        for (Criterion criterion : catalogue.criteria()) {
            Condition condition = CONDITIONS.get(criterion.code());
            if (condition == null || criterion.kind() == CriterionKind.RISK_SIGNAL || !criterion.appliesTo(c)) {
                continue;
            }
            Outcome outcome = condition.test(p, c);
            if (outcome == Outcome.SKIP) {
                continue;
            }
            Finding finding = Finding.of(criterion);
            switch (criterion.kind()) {
                case ABSOLUTE -> {
                    if (outcome == Outcome.HOLDS) {
                        reasons.add(finding);
                        parts.add(ScorePart.of(criterion, ABSOLUTE_POINTS));
                    } else if (outcome == Outcome.FAILS) {
                        // The institution follows 7b: not now. The groups' own openness is information (both cited).
                        reasons.add(finding);
                        reasons.add(TRY_OUT);
                        verdict = verdict.worst(Verdict.NOT_NOW);
                    } else {
                        // Unknown: ask it first (the level names the question); until then at most "past mogelijk".
                        cautions.add(finding);
                        verdict = verdict.worst(Verdict.MAY_FIT);
                    }
                }
                case RELATIVE_INDICATION -> {
                    if (outcome == Outcome.HOLDS) {
                        reasons.add(finding);
                        parts.add(ScorePart.of(criterion, WEIGHTS.getOrDefault(criterion.code(), RELATIVE_POINTS)));
                    }
                }
                case NOT_CONTRA_INDICATION -> {
                    if (outcome == Outcome.HOLDS) {
                        reasons.add(finding);
                    }
                }
                case CAUTION -> {
                    if (outcome == Outcome.HOLDS) {
                        cautions.add(finding);
                        verdict = verdict.worst(CAPS.get(criterion.code()));
                    }
                }
                case EXCLUSION -> {
                    if (outcome == Outcome.HOLDS) {
                        reasons.add(finding);
                        verdict = verdict.worst(CAPS.getOrDefault(criterion.code(), Verdict.DOES_NOT_FIT));
                    }
                }
                case SERIAL_ONLY -> {
                    if (outcome == Outcome.HOLDS) {
                        reasons.add(finding);
                        verdict = verdict.worst(Verdict.LATER_SERIAL);
                    }
                }
                case ROUTE -> {
                    if (outcome == Outcome.HOLDS) {
                        steps.add(finding);
                    }
                }
                default -> {
                }
            }
        }
        parts.addAll(preferenceParts(p, c));
        boolean referral = verdict != Verdict.DOES_NOT_FIT && verdict != Verdict.NOT_NOW
                && !(p.isPerson() && level == Level.VOORLICHTING);
        if (!referral) {
            steps.clear();
        }
        boolean exact = verdict != Verdict.DOES_NOT_FIT && EXACT_KINDS.contains(c.kind());
        return new CandidateAdvice(c, verdict, exact, parts, List.of(), reasons, cautions,
                referral ? route(p, c, verdict, byCode, steps) : NO_ROUTE);
    }

    private static final Finding TRY_OUT = Finding.of(SeedPassage.GROUPS_TRY_OUT,
            "Uitproberen mag: volgens de groepen zelf kan ook iemand zonder de wens om te stoppen een groep bezoeken.",
            "Vertel dit als voorlichting; de instelling verwijst nu niet (advies 7b).");

    /** Preferences and needs that make one fitting offer better than another. */
    static List<ScorePart> preferenceParts(ClientProfile p, Candidate c) {
        List<ScorePart> parts = new ArrayList<>(2);
        if (p.isPerson() && p.psychiatricSymptoms().stream().anyMatch(SEVERE::contains) && c.meetingTypes().contains("DD")) {
            parts.add(ScorePart.of(SeedPassage.DUAL_DIAGNOSIS_GROUPS, DUAL_DIAGNOSIS_POINTS,
                    "Een groep voor mensen met een dubbele diagnose past bij ernstige psychische klachten."));
        }
        if (p.approach() != null && p.approach() == c.approach()) {
            parts.add(ScorePart.inferred("PREFERENCE_APPROACH", APPROACH_PREFERENCE_POINTS,
                    "Werkt zoals de cliënt het liefst wil (" + Labels.approach(c.approach()) + ")."));
        }
        return parts;
    }

    /**
     * The ticked risk signals and those that follow from the profile: stopping alcohol, GHB or benzodiazepines at once
     * is physically dangerous (004, Thuis ontwennen), so a wish to stop with one of them raises that signal.
     */
    static List<RiskAction> riskActions(ClientProfile profile, Map<String, Criterion> byCode) {
        Set<RiskSignal> derived = EnumSet.noneOf(RiskSignal.class);
        if (profile.isPerson() && profile.aboutToStop()) {
            profile.substances().forEach(s -> s.withdrawalRisk().ifPresent(derived::add));
        }
        List<RiskAction> actions = new ArrayList<>();
        for (RiskSignal signal : RiskSignal.values()) {
            boolean ticked = profile.riskSignals().contains(signal);
            if (ticked || derived.contains(signal)) {
                Criterion c = byCode.get(signal.criterionCode());
                // A signal is never dropped, even if a catalogue version lacks its text.
                Finding finding = c != null ? Finding.of(c)
                        : new Finding(signal.criterionCode(), CriterionKind.RISK_SIGNAL,
                                "Risicosignaal zonder tekst in deze versie van de catalogus.",
                                "Bespreek dit signaal eerst met je team, vóór een verwijzing.", null, null);
                actions.add(new RiskAction(signal, signal.urgency(), finding, ticked ? null : WITHDRAWAL_DERIVATION));
            }
        }
        return actions;
    }

    private static final Finding WITHDRAWAL_DERIVATION = Finding.of(SeedPassage.WITHDRAWAL_DANGER,
            "Afgeleid uit het middel en de wens om te stoppen: bij stoppen met alcohol, GHB of benzodiazepines zijn er belangrijke lichamelijke risico’s.",
            "Laat stoppen begeleiden door een arts; bij GHB met de specialist.");

    /** Directory facts: is this offer for this person and substance, in this country, and active? */
    static boolean directoryFit(ClientProfile p, Candidate c, List<Finding> reasons, Map<Object, String> texts) {
        boolean fits = true;
        if (c.status() == OrganisationStatus.INACTIVE) {
            reasons.add(directory("DIRECTORY_INACTIVE", "Deze organisatie is niet meer actief.", c));
            fits = false;
        }
        if (!c.audiences().contains(p.relation())) {
            reasons.add(directory("DIRECTORY_AUDIENCE_MISMATCH",
                    texts.computeIfAbsent("audience", k -> "Deze organisatie is er niet voor " + Labels.audience(p.relation()) + "."), c));
            fits = false;
        }
        Set<Behaviour> shared = EnumSet.noneOf(Behaviour.class);
        for (Behaviour b : p.behaviours()) {
            if (c.behaviours().contains(b)) {
                shared.add(b);
            }
        }
        if (shared.isEmpty()) {
            reasons.add(directory("DIRECTORY_BEHAVIOUR_MISMATCH",
                    texts.computeIfAbsent("behaviour", k -> "Deze organisatie gaat niet over " + Labels.behaviours(p.behaviours()) + "."), c));
            fits = false;
        }
        if (p.country() != null && c.country() != p.country()) {
            reasons.add(directory("DIRECTORY_OTHER_COUNTRY",
                    texts.computeIfAbsent(c.country(), k -> "Deze organisatie werkt in " + Labels.country(c.country()) + "."), c));
            fits = false;
        }
        if (fits) {
            String text = texts.computeIfAbsent(shared, s -> "Deze organisatie is er voor " + Labels.audience(p.relation())
                    + ", bij " + Labels.behaviours(shared) + ".");
            reasons.add(directory("DIRECTORY_MATCH", text, c));
        }
        return fits;
    }

    private static Finding directory(String code, String text, Candidate c) {
        return new Finding(code, null, text, null, c.sourceDocument(), c.sourceSection());
    }

    /** Groups before other offers; a group about one or two substances before a general one. */
    static List<ScorePart> baseScore(Candidate c) {
        boolean group = EXACT_KINDS.contains(c.kind());
        boolean specific = c.behaviours().size() <= 2;
        if (group) {
            return specific ? List.of(GROUP_PART, SPECIFIC_PART) : List.of(GROUP_PART);
        }
        return specific ? List.of(SPECIFIC_PART) : List.of();
    }

    /**
     * Groups: via the institution's makelaar where there is one or where the client needs to be accompanied (mild
     * intellectual disability), else via a contact person of the group (both recommended by 002); other offers are
     * contacted directly.
     */
    static RouteAdvice route(ClientProfile p, Candidate c, Verdict verdict, Map<String, Criterion> byCode, List<Finding> steps) {
        if (verdict == Verdict.DOES_NOT_FIT) {
            return NO_ROUTE;
        }
        Route route;
        if (!GROUP_KINDS.contains(c.kind())) {
            route = Route.DIRECT;
        } else if (Boolean.TRUE.equals(p.makelaarAvailable())
                || (p.isPerson() && Boolean.TRUE.equals(p.mildIntellectualDisability()))) {
            route = Route.VIA_MAKELAAR;
        } else {
            route = Route.VIA_CONTACT_PERSON;
        }
        Criterion criterion = byCode.get(ROUTE_CODES.get(route));
        Finding reason = criterion != null && criterion.appliesTo(c) ? Finding.of(criterion) : null;
        return new RouteAdvice(route, reason, steps);
    }

    private static Condition person(Condition condition) {
        return (p, c) -> p.isPerson() ? condition.test(p, c) : Outcome.SKIP;
    }

    private static Condition has(Characteristic characteristic) {
        return person((p, c) -> Outcome.of(p.has(characteristic)));
    }

    private static Condition phase(TreatmentPhase phase) {
        return person((p, c) -> Outcome.of(p.treatmentPhase() == phase));
    }

    private static Condition mildIntellectualDisability() {
        return person((p, c) -> Outcome.of(Boolean.TRUE.equals(p.mildIntellectualDisability())));
    }
}
