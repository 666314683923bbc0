package nl.zelfhulpwijzer.advice;

import static nl.zelfhulpwijzer.directory.Audience.CHILD;
import static nl.zelfhulpwijzer.directory.Audience.COLLEAGUE;
import static nl.zelfhulpwijzer.directory.Audience.PARENT;
import static nl.zelfhulpwijzer.directory.Audience.PARTNER;
import static nl.zelfhulpwijzer.directory.Audience.PERSON;
import static nl.zelfhulpwijzer.directory.Audience.RELATIVE;
import static nl.zelfhulpwijzer.directory.Behaviour.ALCOHOL;
import static nl.zelfhulpwijzer.directory.Behaviour.DRUGS;
import static nl.zelfhulpwijzer.directory.Behaviour.GAMBLING;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Golden cases of issue 12 (levels, 7b, substances, settings, preferences, audiences), each written from the seed
 * passage its name cites. They run on the seeded catalogue and organisations, plus two local groups, without a database.
 */
class AdviceFidelityGoldenTest {

    private static final Catalogue CATALOGUE = SeedSql.catalogue();
    private static final Candidate DD_GROUP = group("aa-dd", Set.of("O", "DD"), Set.of("nl"));
    private static final Candidate PLAIN_GROUP = group("aa-open", Set.of("O"), Set.of("nl"));
    /** Meeting Guide code W: meetings for women only. */
    private static final Candidate WOMEN_GROUP = group("aa-vrouwen", Set.of("O", "W"), Set.of("nl"));
    private static final Candidate ENGLISH_GROUP = group("aa-english", Set.of("O"), Set.of("en"));
    private static final List<Candidate> DIRECTORY = Stream.concat(SeedSql.organisations().stream(),
            Stream.of(DD_GROUP, PLAIN_GROUP, WOMEN_GROUP, ENGLISH_GROUP)).toList();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void adviceFollowsTheSeed(String seedPassage, ClientProfile profile, Predicate<Advice> expected) {
        Advice advice = AdviceRules.evaluate(profile, DIRECTORY, CATALOGUE);
        assertTrue(expected.test(advice), seedPassage);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // seed content of V90 (004, 7 | Wat met de partners ?; 001 Supervisie, Balintgroepen, Loopbaanbegeleiding)
                c("004 §7 Samenwerken: 'Doorverwijzen naar familiegroep of lotgenotengroep (Al Anon, Alateen, Similes)' → partner van een drugsgebruiker in Vlaanderen: Similes past nu",
                        ClientProfile.builder(PARTNER, DRUGS).country(Country.BE), verdict("similes", Verdict.FITS_NOW)),
                c("004 §7 Samenwerken → Similes noemt zijn bron, het hoofdstuk over partners",
                        ClientProfile.builder(PARTNER, ALCOHOL).country(Country.BE),
                        a -> a.forOrganisation("similes").candidate().sourceSection().equals("7 | Wat met de partners ?")),
                c("004 §7: Similes is Vlaams → een partner in Nederland krijgt Similes niet als passend",
                        ClientProfile.builder(PARTNER, ALCOHOL).country(Country.NL), verdict("similes", Verdict.DOES_NOT_FIT)),
                c("001 Supervisie: Coaches voor Medici begeleidt het functioneren van artsen, geen verslaving → past niet bij een arts die drinkt; ABS-artsen gaat voor",
                        person(ALCOHOL).profession(Profession.DOCTOR).abstinenceWish(true),
                        verdict("coaches-voor-medici", Verdict.DOES_NOT_FIT).and(a -> a.rankOf(a.forOrganisation("abs-artsen"))
                                < a.rankOf(a.forOrganisation("coaches-voor-medici")))),
                c("001 Balintgroepen: intervisie voor huisartsen, geen verslavingsgroep → past niet bij een huisarts die gokt",
                        person(GAMBLING).profession(Profession.GENERAL_PRACTITIONER).abstinenceWish(true),
                        verdict("balint-nederland", Verdict.DOES_NOT_FIT)),
                // levels (002, verloop van het behandelproces; 004 Verantwoordelijkheid - 2; 002 Niveaus van integratie)
                c("002 Aanmelding: 'verwijzing naar een zelfhulpgroep nog te vroeg' → voorlichting",
                        person(ALCOHOL).phase(TreatmentPhase.APPLICATION).abstinenceWish(true), level(Level.VOORLICHTING, "MOMENT_APPLICATION")),
                c("002 Aanmelding: 'wel aangewezen als de cliënt hier zelf naar vraagt' → verwijzing",
                        person(ALCOHOL).phase(TreatmentPhase.APPLICATION).abstinenceWish(true).characteristics(Characteristic.ASKS_FOR_SELF_HELP),
                        level(Level.VERWIJZING, "MOMENT_APPLICATION_ASKS")),
                c("002 Intake: 'niet aan de orde om al naar zelfhulpgroepen te verwijzen' → voorlichting",
                        person(DRUGS).phase(TreatmentPhase.INTAKE).abstinenceWish(true), level(Level.VOORLICHTING, "MOMENT_INTAKE")),
                c("002 Intake: 'wel wenselijk bij recidivisten' → verwijzing",
                        person(DRUGS).phase(TreatmentPhase.INTAKE).abstinenceWish(true).characteristics(Characteristic.RECIDIVIST),
                        level(Level.VERWIJZING, "MOMENT_INTAKE_ASKS")),
                c("002 Intake: 'Familieleden kunnen hier al wel worden gewezen op zelfhulpgroepen voor henzelf' → verwijzing",
                        ClientProfile.builder(PARTNER, ALCOHOL).phase(TreatmentPhase.INTAKE), level(Level.VERWIJZING, "MOMENT_INTAKE_FAMILY")),
                c("004 Verantwoordelijkheid - 2: voorbeschouwingsfase, 'het thema toch op de agenda te houden' → voorlichting",
                        person(ALCOHOL).stage(StageOfChange.PRECONTEMPLATION), level(Level.VOORLICHTING, "STAGE_PRECONTEMPLATION")),
                c("004 voorbeschouwingsfase → geen route naar een groep, alleen informatie",
                        person(ALCOHOL).stage(StageOfChange.PRECONTEMPLATION),
                        a -> a.candidates().stream().allMatch(x -> x.route().route() == null)),
                c("002 Indicatieadvies: 'het kernmoment voor verwijzing' → verwijzing",
                        person(ALCOHOL).phase(TreatmentPhase.INDICATION).abstinenceWish(true), level(Level.VERWIJZING, "LEVEL_VERWIJZING")),
                c("002 Niveaus: 'Integratie in het behandelaanbod' → klinisch met groep in de instelling: integratie",
                        person(ALCOHOL).setting(TreatmentSetting.CLINICAL).groupsInInstitution(true).abstinenceWish(true),
                        level(Level.INTEGRATIE, "MOMENT_CLINICAL_INSIDE")),
                c("002 Klinische behandeling: zonder groep in de kliniek → verwijzing, contact opbouwen tijdens het verblijf",
                        person(ALCOHOL).setting(TreatmentSetting.CLINICAL).abstinenceWish(true), level(Level.VERWIJZING, "MOMENT_CLINICAL_INSIDE")),
                c("002 Klinische behandeling: 'cliënten die de kliniek niet mogen verlaten' → forensisch met groep binnen: integratie",
                        person(DRUGS).setting(TreatmentSetting.FORENSIC).groupsInInstitution(true).abstinenceWish(true),
                        level(Level.INTEGRATIE, "MOMENT_CLINICAL_INSIDE")),
                c("002 Klinische behandeling: forensisch zonder groep binnen → verwijzing",
                        person(DRUGS).setting(TreatmentSetting.FORENSIC).abstinenceWish(true), level(Level.VERWIJZING, "MOMENT_CLINICAL_INSIDE")),
                c("002 Niveaus: 'Elk hoger niveau sluit het voorgaande in' → het niveau noemt altijd zijn definitie met bron",
                        person(GAMBLING).abstinenceWish(true), a -> a.level().reasons().get(0).quote() != null),
                // 7b versus the groups' own view (002 Bijlage 5; 002 Opvatting van zelfhulpgroepen)
                c("002 advies 7b 'Absoluut criterium: abstinentiewens' + groepen 'uitprobeert' → zonder wens voorlichting, beide geciteerd",
                        person(ALCOHOL).abstinenceWish(false), level(Level.VOORLICHTING, "PILOT_7B_ABSOLUTE").and(level(Level.VOORLICHTING, "GROUPS_TRY_OUT"))),
                c("002 advies 7b → zonder wens: AA nu niet verwijzen", person(ALCOHOL).abstinenceWish(false),
                        verdict("aa-nederland", Verdict.NOT_NOW)),
                c("002 advies 7b → zonder wens: NA nu niet verwijzen", person(DRUGS).abstinenceWish(false),
                        verdict("na-nederland", Verdict.NOT_NOW)),
                c("002 advies 7b → wens onbekend: eerst vragen", person(ALCOHOL),
                        a -> a.level().questions().stream().anyMatch(q -> q.code().equals("PILOT_7B_ABSOLUTE"))),
                c("002 advies 7b → wens onbekend: AA past mogelijk", person(ALCOHOL), verdict("aa-nederland", Verdict.MAY_FIT)),
                c("002 advies 7b → met wens: niets meer te vragen", person(ALCOHOL).abstinenceWish(true),
                        a -> a.level().questions().isEmpty()),
                // substances (004, 4 | Thuis ontwennen: 'Enkel bij ontwenning van alcohol en sedativa (benzodiazepines, GHB)')
                c("004 Ontwennen: alcohol + wil stoppen → risicosignaal gevaarlijke ontwenning, afgeleid",
                        person().substances(Substance.ALCOHOL).abstinenceWish(true), derived(RiskSignal.DANGEROUS_WITHDRAWAL_ALCOHOL)),
                c("004 Ontwennen: GHB (extra risicovol!) + wil stoppen → risicosignaal, eerst handelen",
                        person().substances(Substance.GHB).abstinenceWish(true),
                        derived(RiskSignal.DANGEROUS_WITHDRAWAL_GHB).and(Advice::actFirst)),
                c("004 Ontwennen: benzodiazepines + doel abstinentie → risicosignaal",
                        person().substances(Substance.BENZODIAZEPINES).goal(TreatmentGoal.ABSTINENCE),
                        derived(RiskSignal.DANGEROUS_WITHDRAWAL_BENZODIAZEPINES)),
                c("004 Ontwennen van andere middelen: cocaïne 'levert geen fysiek gevaar op' → geen ontwenningssignaal",
                        person().substances(Substance.COCAINE).abstinenceWish(true), a -> a.riskSignals().isEmpty()),
                c("004 Ontwennen: amfetamine → geen ontwenningssignaal", person().substances(Substance.AMPHETAMINE).abstinenceWish(true),
                        a -> a.riskSignals().isEmpty()),
                c("004 Ontwennen van opiaten: 'zeer vervelende, maar geen gevaarlijke' → geen signaal; NA past",
                        person().substances(Substance.OPIOIDS).abstinenceWish(true),
                        ((Predicate<Advice>) a -> a.riskSignals().isEmpty()).and(verdict("na-nederland", Verdict.FITS_NOW))),
                c("004 Cannabis → drugs: NA past, AA niet", person().substances(Substance.CANNABIS).abstinenceWish(true),
                        verdict("na-nederland", Verdict.FITS_NOW).and(verdict("aa-nederland", Verdict.DOES_NOT_FIT))),
                c("004 Ontwennen: alcohol zonder wens om te stoppen → geen afgeleid signaal", person().substances(Substance.ALCOHOL).abstinenceWish(false),
                        a -> a.riskSignals().isEmpty()),
                c("004 Ontwennen: alcohol, actiefase → afgeleid signaal vóór elke groep",
                        person().substances(Substance.ALCOHOL).stage(StageOfChange.ACTION), derived(RiskSignal.DANGEROUS_WITHDRAWAL_ALCOHOL)),
                c("004 Ontwennen: benzodiazepines → medicijnen; SVMG past voor de persoon",
                        person().substances(Substance.BENZODIAZEPINES).abstinenceWish(true), a -> a.candidates().stream()
                                .anyMatch(x -> x.candidate().organisationId().equals("svmg") && x.verdict() != Verdict.DOES_NOT_FIT)),
                // ranking: dual diagnosis, doctors (002 Integratie; 000/001 ABS-artsen)
                c("002 Integratie: '12-stappen groepen voor cliënten met een dubbele diagnose' → DD-groep vóór gewone groep bij psychose",
                        person(ALCOHOL).abstinenceWish(true).symptoms(PsychiatricSymptom.PSYCHOSIS), before("aa-dd", "aa-open")),
                c("002 Integratie: DD-voorrang is zichtbaar als scoredeel met bron",
                        person(ALCOHOL).abstinenceWish(true).symptoms(PsychiatricSymptom.PSYCHOSIS),
                        a -> a.candidates().stream().anyMatch(x -> "aa-dd".equals(x.candidate().groupId()) && x.hasScorePart("DUAL_DIAGNOSIS_GROUPS"))),
                c("000/001 ABS-artsen: arts met alcoholprobleem → ABS-artsen eerst",
                        person(ALCOHOL).abstinenceWish(true).profession(Profession.DOCTOR), first("abs-artsen")),
                c("000/001 ABS-artsen: arts met drugs en veel kenmerken → ABS-artsen blijft eerst",
                        person(DRUGS).abstinenceWish(true).profession(Profession.DOCTOR).characteristics(Characteristic.SEVERE_ADDICTION,
                                Characteristic.LOW_SOCIAL_INTEGRATION, Characteristic.NEED_SUPPORT_STAYING_ABSTINENT, Characteristic.NEED_PEER_CONTACT),
                        first("abs-artsen")),
                c("002 Bijlage 3: een groep die precies past gaat vóór een steunpunt dat alleen niet botst",
                        person(ALCOHOL).abstinenceWish(true), a -> a.candidates().get(0).exactFit()),
                // preferences
                c("002 Opvatting van hulpverleners: 'Al of niet godsdienstig zijn speelt geen rol' → voorkeur niet-religieus: SOS Nuchterheid / Buitenveldert hoger",
                        person(ALCOHOL).abstinenceWish(true).approach(Approach.SECULAR),
                        a -> a.candidates().stream().filter(x -> x.candidate().approach() == Approach.SECULAR && x.verdict() != Verdict.DOES_NOT_FIT)
                                .allMatch(x -> x.hasScorePart("PREFERENCE_APPROACH"))),
                c("002 3. Verwijzing: 12 stappen als voorkeur → AA krijgt het voorkeursdeel",
                        person(ALCOHOL).abstinenceWish(true).approach(Approach.TWELVE_STEP),
                        a -> a.forOrganisation("aa-nederland").hasScorePart("PREFERENCE_APPROACH")),
                c("004, 9 | online hulpverlening: voorkeur online → online hulp is een reden",
                        person(ALCOHOL).abstinenceWish(true).online(true), a -> a.candidates().stream()
                                .anyMatch(x -> x.candidate().kind() == OrganisationKind.ONLINE_HELP && x.hasReason("ONLINE_LOWER_THRESHOLD"))),
                c("004 (Vlaanderen): land België → AA Vlaanderen past, AA Nederland niet",
                        person(ALCOHOL).abstinenceWish(true).country(Country.BE),
                        verdict("aa-vlaanderen", Verdict.FITS_NOW).and(verdict("aa-nederland", Verdict.DOES_NOT_FIT))),
                c("003, 2.4: SOS-kaart hoort bij de route voor een cliënt met een lvb",
                        person(ALCOHOL).abstinenceWish(true).mildIntellectualDisability(true), level(Level.VERWIJZING, "LVB_SOS_CARD")),
                c("003, 2.4: 'Een SOS-kaart … kan je altijd bij je dragen' → ook in het individuele traject (voorlichting) hoort de SOS-kaart erbij",
                        person(ALCOHOL).abstinenceWish(true).mildIntellectualDisability(true).characteristics(Characteristic.NO_IMPORTANCE_OF_CHANGE),
                        level(Level.VOORLICHTING, "LVB_SOS_CARD")),
                c("003, 1.5: 'bij 0 betekent dit instroom in een individueel traject' → voorlichting",
                        person(ALCOHOL).abstinenceWish(true).mildIntellectualDisability(true).characteristics(Characteristic.NO_IMPORTANCE_OF_CHANGE),
                        level(Level.VOORLICHTING, "LVB_IMPORTANCE_ZERO")),
                c("003, 1.6: 'geen vertrouwen … individueel traject ter remoralisatie' → voorlichting",
                        person(ALCOHOL).abstinenceWish(true).mildIntellectualDisability(true).characteristics(Characteristic.NO_CONFIDENCE_IN_CHANGE),
                        level(Level.VOORLICHTING, "LVB_NO_CONFIDENCE")),
                // audiences (002 Bijlage 3)
                c("002 Bijlage 3: partner van een drinker → Al-Anon past", ClientProfile.builder(PARTNER, ALCOHOL),
                        verdict("al-anon", Verdict.FITS_NOW)),
                c("002 Bijlage 3: kind van een drinker → Alateen past", ClientProfile.builder(CHILD, ALCOHOL),
                        verdict("alateen-al-anon-aca", Verdict.FITS_NOW)),
                c("002 Bijlage 3: ouder van een druggebruiker → LSOVD past", ClientProfile.builder(PARENT, DRUGS),
                        verdict("lsovd", Verdict.FITS_NOW)),
                c("002 Bijlage 3: familielid van een gokker → AGOG past", ClientProfile.builder(RELATIVE, GAMBLING),
                        verdict("agog", Verdict.FITS_NOW)),
                c("000/001: collega van een arts → ABS-artsen voor collega's", ClientProfile.builder(COLLEAGUE, ALCOHOL).profession(Profession.DOCTOR),
                        a -> a.candidates().stream().anyMatch(x -> x.hasReason("DOCTOR_FAMILY_COLLEAGUES_ABS")) || a.candidates().stream()
                                .noneMatch(x -> x.candidate().audiences().contains(COLLEAGUE))),
                c("002 Opvatting van zelfhulpgroepen: naasten → voor henzelf altijd verwijzing, geen 7b-vraag",
                        ClientProfile.builder(PARENT, ALCOHOL), level(Level.VERWIJZING, "MOMENT_INTAKE_FAMILY")
                                .and(a -> a.level().questions().isEmpty())),
                // --- added: preferences of catalogue version 3 (V180), each an inference from the passage it quotes ---
                c("002 d. Integratie: 'Vrouwengroep N-K West' (afleiding) → voorkeur alleen vrouwen: de vrouwengroep krijgt het voorkeursdeel",
                        person(ALCOHOL).abstinenceWish(true).womenOnly(true), part("aa-vrouwen", "PREFERENCE_WOMEN_ONLY_MEETINGS")),
                c("002 d. Integratie (afleiding) → voorkeur alleen vrouwen: vrouwengroep vóór een gewone groep",
                        person(ALCOHOL).abstinenceWish(true).womenOnly(true), before("aa-vrouwen", "aa-open")),
                c("002 d. Integratie (afleiding) → zonder die voorkeur telt een vrouwengroep niet mee als voorkeur",
                        person(ALCOHOL).abstinenceWish(true),
                        a -> a.candidates().stream().noneMatch(x -> x.hasScorePart("PREFERENCE_WOMEN_ONLY_MEETINGS"))),
                c("002 d. Integratie (afleiding) → het voorkeursdeel noemt zijn bron en is als afleiding gemarkeerd",
                        person(ALCOHOL).abstinenceWish(true).womenOnly(true), a -> candidate(a, "aa-vrouwen").scoreParts().stream()
                                .anyMatch(sp -> sp.code().equals("PREFERENCE_WOMEN_ONLY_MEETINGS") && sp.inference()
                                        && sp.sourceSection().equals("d. Integratie") && sp.points() == 2)),
                c("002 Bijlage 3: 'Stichting Vrouwen en Medicijngebruik (SVMG)' → vrouw die van benzodiazepines af wil, voorkeur vrouwen: SVMG krijgt het voorkeursdeel",
                        person().substances(Substance.BENZODIAZEPINES).abstinenceWish(true).womenOnly(true),
                        a -> a.forOrganisation("svmg").hasScorePart("PREFERENCE_WOMEN_SVMG")),
                c("002 Bijlage 3: SVMG → een voorkeur voor vrouwen maakt een ontwenningsrisico niet kleiner: het signaal blijft eerst",
                        person().substances(Substance.BENZODIAZEPINES).abstinenceWish(true).womenOnly(true),
                        derived(RiskSignal.DANGEROUS_WITHDRAWAL_BENZODIAZEPINES).and(Advice::actFirst)),
                c("003 3.1: 'Sluit als trainer aan bij de taal van de deelnemers' (afleiding) → voorkeur Engels: Engelstalige groep vóór Nederlandstalige",
                        person(ALCOHOL).abstinenceWish(true).language("en"), before("aa-english", "aa-open")
                                .and(part("aa-english", "PREFERENCE_LANGUAGE"))),
                c("003 3.1 (afleiding) → voorkeur Nederlands: de Nederlandstalige groep krijgt het taaldeel, de Engelstalige niet",
                        person(ALCOHOL).abstinenceWish(true).language("nl"), part("aa-open", "PREFERENCE_LANGUAGE")
                                .and(a -> !candidate(a, "aa-english").hasScorePart("PREFERENCE_LANGUAGE"))),
                c("003 3.1 (afleiding) → voorkeur Nederlands: de Nederlandstalige groep vóór de Engelstalige (die op naam eerder komt)",
                        person(ALCOHOL).abstinenceWish(true).language("nl"), before("aa-open", "aa-english")),
                c("003 3.1 (afleiding) → een taal die een groep niet spreekt sluit die groep niet uit: ze past nog steeds",
                        person(ALCOHOL).abstinenceWish(true).language("nl"), a -> candidate(a, "aa-english").verdict() == Verdict.FITS_NOW),
                c("003 3.1 (afleiding) → de taal van een organisatie zelf is onbekend: geen taaldeel, geen straf",
                        person(ALCOHOL).abstinenceWish(true).language("en"),
                        a -> own(a, "aa-nederland").verdict() == Verdict.FITS_NOW && !own(a, "aa-nederland").hasScorePart("PREFERENCE_LANGUAGE")),
                c("002 Inleiding: 'voor partners en kinderen van alcoholisten (Al-Anon, Alateen, Al-Anon ACA)' → kind jonger dan 18 in Nederland: Alateen eerst, met de reden",
                        ClientProfile.builder(CHILD, ALCOHOL).country(Country.NL).ageBand(AgeBand.UNDER_18),
                        first("alateen-al-anon-aca").and(a -> a.forOrganisation("alateen-al-anon-aca").hasReason("PREFERENCE_YOUNG_RELATIVE_ALATEEN"))),
                c("002 Inleiding (afleiding) → volwassen kind van een drinker: geen jongerenvoorkeur",
                        ClientProfile.builder(CHILD, ALCOHOL).ageBand(AgeBand.AGE_26_TO_64),
                        a -> !a.forOrganisation("alateen-al-anon-aca").hasScorePart("PREFERENCE_YOUNG_RELATIVE_ALATEEN")),
                c("002 Inleiding → Alateen is voor kinderen van een drinker, niet voor de jonge drinker zelf",
                        person(ALCOHOL).ageBand(AgeBand.UNDER_18).abstinenceWish(true), verdict("alateen-al-anon-aca", Verdict.DOES_NOT_FIT)),
                c("002 Inleiding → een jonge partner van een drinker: Al-Anon past, Alateen (voor kinderen) niet",
                        ClientProfile.builder(PARTNER, ALCOHOL).ageBand(AgeBand.UNDER_18),
                        verdict("al-anon", Verdict.FITS_NOW).and(verdict("alateen-al-anon-aca", Verdict.DOES_NOT_FIT))),
                // --- added: stages of change (004, 2 | Motivatie versterken; Verantwoordelijkheid - 2) ---
                c("004 Motivatie versterken: overweegfase → verwijzing, en blijven motiveren is een stap van de route",
                        person(ALCOHOL).stage(StageOfChange.CONTEMPLATION).abstinenceWish(true),
                        level(Level.VERWIJZING, "LEVEL_VERWIJZING").and(a -> a.forOrganisation("aa-nederland").route().steps().stream()
                                .anyMatch(f -> f.code().equals("ROUTE_KEEP_MOTIVATING")))),
                c("004 Motivatie versterken: terugval → verwijzing; 'recidivisten' (002) is een indicatie",
                        person(ALCOHOL).stage(StageOfChange.RELAPSE).abstinenceWish(true).characteristics(Characteristic.RECIDIVIST),
                        level(Level.VERWIJZING, "LEVEL_VERWIJZING").and(a -> a.forOrganisation("aa-nederland").hasReason("PROFESSIONAL_RECIDIVIST"))),
                c("004 Ontwennen: voorbereidingsfase met alcohol → het afgeleide ontwenningssignaal staat vóór elke groep",
                        person().substances(Substance.ALCOHOL).stage(StageOfChange.PREPARATION), derived(RiskSignal.DANGEROUS_WITHDRAWAL_ALCOHOL)
                                .and(Advice::actFirst)),
                // --- added: treatment phases and settings (002, 3. Verwijzing — verloop van het behandelproces) ---
                c("002 Wachtlijst: zelfhulp als eerste steun → reden op de wachtlijst",
                        person(DRUGS).phase(TreatmentPhase.WAITING_LIST).abstinenceWish(true),
                        level(Level.VERWIJZING, "LEVEL_VERWIJZING").and(a -> a.forOrganisation("na-nederland").hasReason("WAITING_LIST_FIRST_SUPPORT"))),
                c("002 Nazorg: verwijzen tijdens de nazorg → reden",
                        person(ALCOHOL).phase(TreatmentPhase.AFTERCARE).abstinenceWish(true),
                        a -> a.forOrganisation("aa-nederland").hasReason("AFTERCARE_DURING_NAZORG")),
                c("002 Ambulante behandeling: groep naast de behandeling → reden",
                        person(ALCOHOL).phase(TreatmentPhase.TREATMENT).setting(TreatmentSetting.OUTPATIENT).abstinenceWish(true),
                        a -> a.forOrganisation("aa-nederland").hasReason("PARALLEL_TO_TREATMENT")),
                c("002 Casemanagement: groep naast de begeleiding → reden",
                        person(DRUGS).phase(TreatmentPhase.CASE_MANAGEMENT).abstinenceWish(true),
                        a -> a.forOrganisation("na-nederland").hasReason("PARALLEL_TO_TREATMENT")),
                c("002 Klinische behandeling: in de kliniek contact opbouwen tijdens het verblijf → reden, geen 'naast de behandeling'",
                        person(ALCOHOL).phase(TreatmentPhase.TREATMENT).setting(TreatmentSetting.CLINICAL).abstinenceWish(true),
                        a -> a.forOrganisation("aa-nederland").hasReason("CLINICAL_BUILD_CONTACT_DURING_STAY")
                                && !a.forOrganisation("aa-nederland").hasReason("PARALLEL_TO_TREATMENT")),
                c("004 Thuis ontwennen: thuis stoppen met GHB → eerst de specialist (afgeleid signaal), dan pas een groep",
                        person().substances(Substance.GHB).setting(TreatmentSetting.HOME).abstinenceWish(true),
                        derived(RiskSignal.DANGEROUS_WITHDRAWAL_GHB).and(Advice::actFirst)),
                c("003 Oefenen en doen: lvb in een forensische setting met een groep binnen → integratie, met SOS-kaart",
                        person(DRUGS).setting(TreatmentSetting.FORENSIC).groupsInInstitution(true).abstinenceWish(true)
                                .mildIntellectualDisability(true),
                        level(Level.INTEGRATIE, "MOMENT_CLINICAL_INSIDE").and(level(Level.INTEGRATIE, "LVB_SOS_CARD"))),
                // --- added: audiences and country (002 Bijlage 3; 004, 7 | Wat met de partners ?) ---
                c("002 Bijlage 3: gokker in Nederland → AGOG past, AA niet", person(GAMBLING).abstinenceWish(true),
                        verdict("agog", Verdict.FITS_NOW).and(verdict("aa-nederland", Verdict.DOES_NOT_FIT))),
                c("004 §7 Samenwerken: partner van een drinker in Vlaanderen → Similes past, Al-Anon Nederland niet",
                        ClientProfile.builder(PARTNER, ALCOHOL).country(Country.BE),
                        verdict("similes", Verdict.FITS_NOW).and(verdict("al-anon", Verdict.DOES_NOT_FIT))),
                c("004 §7 Samenwerken: 'Doorverwijzen naar familiegroep of lotgenotengroep (Al Anon, Alateen, Similes)' → partner van een drinker in Vlaanderen: Al Anon (Vlaanderen) past",
                        ClientProfile.builder(PARTNER, ALCOHOL).country(Country.BE), verdict("al-anon-vlaanderen", Verdict.FITS_NOW)),
                c("004 §7 Samenwerken → kind van een drinker in Vlaanderen: Alateen (Vlaanderen) past, de Nederlandse Alateen niet",
                        ClientProfile.builder(CHILD, ALCOHOL).country(Country.BE),
                        verdict("alateen-vlaanderen", Verdict.FITS_NOW).and(verdict("alateen-al-anon-aca", Verdict.DOES_NOT_FIT))),
                c("004 §7 + 002 Inleiding (afleiding) → kind jonger dan 18 in Vlaanderen: Alateen (Vlaanderen) eerst",
                        ClientProfile.builder(CHILD, ALCOHOL).country(Country.BE).ageBand(AgeBand.UNDER_18), first("alateen-vlaanderen")),
                c("002 Bijlage 3: drinker zonder land → een Nederlandse en een Vlaamse AA passen beide, niets valt weg",
                        person(ALCOHOL).abstinenceWish(true),
                        verdict("aa-nederland", Verdict.FITS_NOW).and(verdict("aa-vlaanderen", Verdict.FITS_NOW))));
    }

    /** The organisation's own candidate (not one of its groups). */
    private static CandidateAdvice own(Advice advice, String organisationId) {
        return advice.candidates().stream().filter(x -> x.candidate().groupId() == null
                && x.candidate().organisationId().equals(organisationId)).findFirst().orElseThrow();
    }

    private static CandidateAdvice candidate(Advice advice, String groupId) {
        return advice.candidates().stream().filter(x -> groupId.equals(x.candidate().groupId())).findFirst().orElseThrow();
    }

    private static Predicate<Advice> part(String groupId, String code) {
        return a -> candidate(a, groupId).hasScorePart(code);
    }

    private static Arguments c(String name, ClientProfile.Builder profile, Predicate<Advice> expected) {
        return Arguments.of(name, profile.build(), expected);
    }

    private static ClientProfile.Builder person(Behaviour... behaviours) {
        return ClientProfile.builder(PERSON, behaviours);
    }

    private static Predicate<Advice> level(Level level, String reason) {
        return a -> a.level().level() == level && a.level().hasReason(reason);
    }

    private static Predicate<Advice> verdict(String organisation, Verdict verdict) {
        return a -> a.forOrganisation(organisation).verdict() == verdict;
    }

    private static Predicate<Advice> derived(RiskSignal signal) {
        return a -> a.riskSignals().stream().anyMatch(r -> r.signal() == signal && r.derived()
                && r.derivation().quote() != null);
    }

    private static Predicate<Advice> first(String organisation) {
        return a -> a.candidates().get(0).candidate().organisationId().equals(organisation);
    }

    private static Predicate<Advice> before(String groupFirst, String groupLater) {
        return a -> {
            List<String> keys = a.candidates().stream().map(x -> String.valueOf(x.candidate().groupId())).toList();
            return keys.indexOf(groupFirst) >= 0 && keys.indexOf(groupFirst) < keys.indexOf(groupLater);
        };
    }

    private static Candidate group(String id, Set<String> types, Set<String> languages) {
        return new Candidate("aa-nederland", id, "AA-groep " + id, OrganisationKind.SELF_HELP_FELLOWSHIP, Approach.TWELVE_STEP,
                Country.NL, OrganisationStatus.ACTIVE, Set.of(Audience.PERSON), Set.of(ALCOHOL), types, languages, null, null,
                "002_e30f9ceb731b810b.txt", "Bijlage 3", "Eindhoven");
    }
}
