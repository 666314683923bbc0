package nl.zelfhulpwijzer.advice;

import static nl.zelfhulpwijzer.directory.Audience.CHILD;
import static nl.zelfhulpwijzer.directory.Audience.COLLEAGUE;
import static nl.zelfhulpwijzer.directory.Audience.PARENT;
import static nl.zelfhulpwijzer.directory.Audience.PARTNER;
import static nl.zelfhulpwijzer.directory.Audience.PERSON;
import static nl.zelfhulpwijzer.directory.Behaviour.ALCOHOL;
import static nl.zelfhulpwijzer.directory.Behaviour.DRUGS;
import static nl.zelfhulpwijzer.directory.Behaviour.EATING;
import static nl.zelfhulpwijzer.directory.Behaviour.GAMBLING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Golden cases: each scenario follows a statement of the seeds and names it (file, section) in its display name.
 * They run on the real seed migrations (catalogue version 1 and the seeded organisations), without a database.
 */
class AdviceRulesGoldenTest {

    private static final Catalogue CATALOGUE = SeedSql.catalogue();
    private static final List<Candidate> ORGANISATIONS = SeedSql.organisations();

    private static Advice advise(ClientProfile profile) {
        return AdviceRules.evaluate(profile, ORGANISATIONS, CATALOGUE);
    }

    private static ClientProfile.Builder person(Behaviour... behaviours) {
        return ClientProfile.builder(PERSON, behaviours);
    }

    private static CandidateAdvice firstFitting(Advice advice) {
        return advice.candidates().get(0);
    }

    // ------------------------------------------------------------------------------------------- serial / exclusion

    @Test
    @DisplayName("002, 3. Verwijzing — ambulant kortdurend: 'Serieel: bij therapiedoelen ... stabilisering' → 12-stappengroep later, serieel")
    void stabilisationGoalMakesTwelveStepGroupsSerial() {
        Advice advice = advise(person(ALCOHOL).goal(TreatmentGoal.STABILISATION).abstinenceWish(false)
                .phase(TreatmentPhase.TREATMENT).build());
        CandidateAdvice aa = advice.forOrganisation("aa-nederland");
        assertEquals(Verdict.LATER_SERIAL, aa.verdict());
        assertEquals("later, na de huidige behandeling", aa.verdict().label());
        assertTrue(aa.hasReason("SERIAL_NON_ABSTINENCE_GOAL"));
        assertTrue(aa.hasReason("SERIAL_STABILISATION_GOAL"), "002, opvatting van hulpverleners: stabilisering → geen optie");
    }

    @Test
    @DisplayName("002, 3. Verwijzing — ambulant kortdurend: '... of leren gecontroleerd te gebruiken' → NA later, serieel")
    void controlledUseGoalMakesNaSerial() {
        Advice advice = advise(person(DRUGS).goal(TreatmentGoal.MODERATION).phase(TreatmentPhase.TREATMENT).build());
        assertEquals(Verdict.LATER_SERIAL, advice.forOrganisation("na-nederland").verdict());
        assertNotEquals(Verdict.LATER_SERIAL, advice.forOrganisation("stichting-zelfhelp-nederland").verdict(),
                "a group that is not abstinence-oriented is not serial");
    }

    @Test
    @DisplayName("002, Bijlage 3: Buitenveldert Werkgroepen 'niet op abstinentie gericht' → geen serieel conflict bij gecontroleerd gebruik")
    void themeBasedGroupIsNotSerialForModeration() {
        CandidateAdvice zelfhelp = advise(person(ALCOHOL).goal(TreatmentGoal.MODERATION).abstinenceWish(false).build())
                .forOrganisation("stichting-zelfhelp-nederland");
        assertEquals(Verdict.FITS_NOW, zelfhelp.verdict());
        assertTrue(zelfhelp.hasReason("NOT_ABSTINENCE_ORIENTED_GROUP"));
        assertFalse(zelfhelp.hasReason("SERIAL_NON_ABSTINENCE_GOAL"));
    }

    @Test
    @DisplayName("002, opvatting van zelfhulpgroepen: 'geen echte uitsluitingscriteria, behalve ... alcoholprivileges' → na de behandeling")
    void alcoholPrivilegesExcludeDuringTreatment() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).alcoholPrivileges(true).build())
                .forOrganisation("aa-nederland");
        assertEquals(Verdict.LATER_SERIAL, aa.verdict());
        assertTrue(aa.hasReason("EXCLUSION_ALCOHOL_PRIVILEGES"));
    }

    // ------------------------------------------------------------------------------------------- family

    @Test
    @DisplayName("002, Bijlage 3: Al-Anon voor partners van mensen met een alcoholprobleem → partner van een drinker: Al-Anon eerst")
    void partnerOfDrinkerGetsAlAnon() {
        Advice advice = advise(ClientProfile.builder(PARTNER, ALCOHOL).country(Country.NL).build());
        CandidateAdvice first = firstFitting(advice);
        assertEquals("al-anon", first.candidate().organisationId());
        assertEquals(Verdict.FITS_NOW, first.verdict());
        assertTrue(first.hasReason("FAMILY_OWN_GROUPS"), "004, 7 | Wat met de partners? — doorverwijzen naar familiegroep");
        assertEquals(Verdict.DOES_NOT_FIT, advice.forOrganisation("aa-nederland").verdict());
    }

    @Test
    @DisplayName("002, Bijlage 3: LSOVD, groepen voor ouders van drugsgebruikers → ouder van een drugsgebruiker: LSOVD eerst")
    void parentOfDrugUserGetsLsovd() {
        Advice advice = advise(ClientProfile.builder(PARENT, DRUGS).country(Country.NL).build());
        assertEquals("lsovd", firstFitting(advice).candidate().organisationId());
        assertEquals(Verdict.FITS_NOW, firstFitting(advice).verdict());
        assertEquals(Verdict.DOES_NOT_FIT, advice.forOrganisation("al-anon").verdict());
    }

    @Test
    @DisplayName("002, Bijlage 3: AGOG, zelfhulpgroepen voor gokkers → gokker met stopwens: AGOG past nu")
    void gamblerGetsAgog() {
        Advice advice = advise(person(GAMBLING).abstinenceWish(true).country(Country.NL).build());
        CandidateAdvice agog = firstFitting(advice);
        assertEquals("agog", agog.candidate().organisationId());
        assertEquals(Verdict.FITS_NOW, agog.verdict());
        assertTrue(agog.hasReason("PILOT_7B_ABSTINENCE_WISH"), "advies 7b geldt voor AA en AGOG (voetnoot 5)");
    }

    @Test
    @DisplayName("002, Bijlage 3: AGOG ook voor hun familie → partner van een gokker: AGOG, zonder stopwens-eis voor de partner")
    void familyOfGamblerGetsAgog() {
        Advice advice = advise(ClientProfile.builder(PARTNER, GAMBLING).country(Country.NL).build());
        CandidateAdvice agog = advice.forOrganisation("agog");
        assertEquals(1, advice.rankOf(agog));
        assertEquals(Verdict.FITS_NOW, agog.verdict());
        assertTrue(agog.hasReason("FAMILY_OWN_GROUPS"));
        assertFalse(agog.hasCaution("PILOT_7B_ABSTINENCE_WISH"));
    }

    @Test
    @DisplayName("002, Bijlage 3: Alateen voor kinderen van mensen met een alcoholprobleem → kind van een drinker: Alateen")
    void childOfDrinkerGetsAlateen() {
        Advice advice = advise(ClientProfile.builder(CHILD, ALCOHOL).country(Country.NL).build());
        assertEquals("alateen-al-anon-aca", firstFitting(advice).candidate().organisationId());
    }

    @Test
    @DisplayName("002, 3. Verwijzing — intake: 'Familieleden kunnen hier al wel worden gewezen op zelfhulpgroepen voor henzelf'")
    void familyCanBePointedToOwnGroupsAtIntake() {
        CandidateAdvice alAnon = advise(ClientProfile.builder(PARTNER, ALCOHOL).phase(TreatmentPhase.INTAKE).build())
                .forOrganisation("al-anon");
        assertEquals(Verdict.FITS_NOW, alAnon.verdict());
        assertFalse(alAnon.hasCaution("CAUTION_TOO_EARLY_IN_PROCESS"));
    }

    // ------------------------------------------------------------------------------------------- medication

    @Test
    @DisplayName("002, opvatting van zelfhulpgroepen: 'Methadongebruik hoeft geen reden voor uitsluiting te zijn' + NA 'in overleg met groepen'")
    void methadoneIsNoExclusionButNaInConsultation() {
        CandidateAdvice na = advise(person(DRUGS).abstinenceWish(true).medication(Medication.METHADONE).build())
                .forOrganisation("na-nederland");
        assertEquals(Verdict.MAY_FIT, na.verdict());
        assertTrue(na.hasReason("NOT_CONTRA_METHADONE"));
        assertTrue(na.hasCaution("CAUTION_NA_MEDICATION"));
        assertTrue(na.cautions().stream().anyMatch(f -> f.action() != null && f.action().contains("in overleg met de groep")));
        assertEquals(Route.VIA_CONTACT_PERSON, na.route().route());
        assertTrue(na.reasons().stream().noneMatch(f -> f.kind() == CriterionKind.EXCLUSION));
    }

    @Test
    @DisplayName("002, opvatting van zelfhulpgroepen: methadon op doktersvoorschrift → AA bemoeit zich er niet mee, past nu")
    void methadoneAtAaIsNoProblem() {
        CandidateAdvice aa = advise(person(ALCOHOL, DRUGS).abstinenceWish(true).medication(Medication.METHADONE).build())
                .forOrganisation("aa-nederland");
        assertEquals(Verdict.FITS_NOW, aa.verdict());
        assertTrue(aa.hasReason("NOT_CONTRA_METHADONE"));
        assertTrue(aa.hasReason("NOT_CONTRA_MEDICATION"), "002, contra-indicaties: 'Medicatie is goed te combineren'");
    }

    @Test
    @DisplayName("002, opvatting van zelfhulpgroepen: NA en psychiatrische medicijnen 'ligt de zaak gecompliceerder' → overleg")
    void psychiatricMedicationAtNaNeedsConsultation() {
        CandidateAdvice na = advise(person(DRUGS).abstinenceWish(true).medication(Medication.PSYCHIATRIC_MEDICATION).build())
                .forOrganisation("na-nederland");
        assertEquals(Verdict.MAY_FIT, na.verdict());
        assertTrue(na.hasCaution("CAUTION_NA_MEDICATION"));
    }

    // ------------------------------------------------------------------------------------------- psychiatry

    @Test
    @DisplayName("002, contra-indicaties: 'alleen bij zeer ernstige problematiek (psychose ...) minder geschikt' + dubbele-diagnosegroep")
    void psychosisGivesCautionAndDualDiagnosisGroup() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).symptoms(PsychiatricSymptom.PSYCHOSIS).build())
                .forOrganisation("aa-nederland");
        assertEquals(Verdict.MAY_FIT, aa.verdict());
        assertTrue(aa.hasCaution("CAUTION_SEVERE_PSYCHIATRIC"));
        assertTrue(aa.hasCaution("CAUTION_DUAL_DIAGNOSIS_GROUP"));
        assertTrue(aa.hasReason("NOT_CONTRA_COMORBIDITY"), "'Co-morbiditeit is geen reden om niet te verwijzen'");
    }

    @Test
    @DisplayName("002, contra-indicaties: schizofrenie en 'major depression' → zelfde voorzichtigheid")
    void schizophreniaAndMajorDepressionGiveCaution() {
        for (PsychiatricSymptom s : List.of(PsychiatricSymptom.SCHIZOPHRENIA, PsychiatricSymptom.MAJOR_DEPRESSION)) {
            CandidateAdvice na = advise(person(DRUGS).abstinenceWish(true).symptoms(s).build()).forOrganisation("na-nederland");
            assertEquals(Verdict.MAY_FIT, na.verdict(), s.name());
            assertTrue(na.hasCaution("CAUTION_SEVERE_PSYCHIATRIC"), s.name());
        }
    }

    @Test
    @DisplayName("002, Bijlage 1: 12-stappengroepen voor cliënten met een dubbele diagnose → waar zo'n groep bestaat, geen verwijzing elders heen")
    void dualDiagnosisGroupWhereOneExists() {
        Candidate dd = new Candidate("aa-nederland", "dd-eindhoven", "AA-groep dubbele diagnose (voorbeeld)",
                OrganisationKind.SELF_HELP_FELLOWSHIP, Approach.TWELVE_STEP, Country.NL, OrganisationStatus.ACTIVE,
                Set.of(PERSON), Set.of(ALCOHOL), Set.of("DD"), Set.of("nl"), null, null, "002_e30f9ceb731b810b.txt", "Bijlage 1", null);
        Advice advice = AdviceRules.evaluate(person(ALCOHOL).abstinenceWish(true).symptoms(PsychiatricSymptom.PSYCHOSIS).build(),
                List.of(dd), CATALOGUE);
        CandidateAdvice group = advice.candidates().get(0);
        assertFalse(group.hasCaution("CAUTION_DUAL_DIAGNOSIS_GROUP"));
        assertTrue(group.hasCaution("CAUTION_SEVERE_PSYCHIATRIC"));
    }

    // ------------------------------------------------------------------------------------------- doctors

    @Test
    @DisplayName("001, Verslaving en artsen: ABS-artsen, 'deelname aan een zelfhulpgroep een noodzakelijk onderdeel' → arts: ABS-artsen")
    void doctorGetsAbsArtsenWithSelfHelpRequired() {
        Advice advice = advise(person(ALCOHOL).profession(Profession.DOCTOR).abstinenceWish(true).country(Country.NL).build());
        CandidateAdvice abs = advice.forOrganisation("abs-artsen");
        assertEquals(Verdict.FITS_NOW, abs.verdict());
        assertTrue(abs.hasReason("DOCTOR_ABS_PROGRAMME"));
        assertTrue(abs.reasons().stream().anyMatch(f -> f.text().contains("verplicht onderdeel")));
        assertTrue(abs.hasCaution("CAUTION_ABS_REMISSION"));
        assertTrue(advice.forOrganisation("aa-nederland").hasReason("DOCTOR_SELF_HELP_REQUIRED"));
        assertEquals(Verdict.DOES_NOT_FIT, advice.forOrganisation("anonieme-dokters").verdict(), "alleen voor huisartsen");
    }

    @Test
    @DisplayName("001, Programma speciaal voor artsen: ABS-artsen is voor verslaafde artsen → niet-arts: past niet")
    void nonDoctorDoesNotFitAbs() {
        CandidateAdvice abs = advise(person(ALCOHOL).abstinenceWish(true).build()).forOrganisation("abs-artsen");
        assertEquals(Verdict.DOES_NOT_FIT, abs.verdict());
        assertTrue(abs.hasReason("EXCLUSION_ABS_DOCTORS_ONLY"));
        assertNull(abs.route().route());
    }

    @Test
    @DisplayName("001, monitorprogramma: 'Ook familieleden of collega's kunnen contact opnemen met ABS-artsen'")
    void familyAndColleaguesOfDoctorCanContactAbs() {
        for (Audience relation : List.of(PARTNER, COLLEAGUE)) {
            CandidateAdvice abs = advise(ClientProfile.builder(relation, ALCOHOL).profession(Profession.DOCTOR).build())
                    .forOrganisation("abs-artsen");
            assertEquals(Verdict.FITS_NOW, abs.verdict(), relation.name());
            assertTrue(abs.hasReason("DOCTOR_FAMILY_COLLEAGUES_ABS"), relation.name());
        }
    }

    @Test
    @DisplayName("001, Hoe komt een huisarts in contact?: huisartsen kunnen aansluiting zoeken bij de Anonieme Dokters")
    void generalPractitionerGetsAnoniemeDokters() {
        CandidateAdvice ad = advise(person(ALCOHOL).profession(Profession.GENERAL_PRACTITIONER).build())
                .forOrganisation("anonieme-dokters");
        assertEquals(Verdict.FITS_NOW, ad.verdict());
        assertTrue(ad.hasReason("DOCTOR_GP_ANONIEME_DOKTERS"));
    }

    // ------------------------------------------------------------------------------------------- intellectual disability

    @Test
    @DisplayName("003 Verantwoording/2.4 (kort, klein, plaatjes, SOS-kaart) + 004 'Samen gaan' + 002 'groep in de kliniek' → LVB")
    void mildIntellectualDisabilityGetsEasyReadAccompanimentAndInstitutionGroup() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).mildIntellectualDisability(true).build())
                .forOrganisation("aa-nederland");
        assertTrue(aa.hasCaution("CAUTION_MILD_INTELLECTUAL_DISABILITY"));
        assertTrue(aa.cautions().stream().anyMatch(f -> f.action() != null && f.action().contains("eenvoudige taal")));
        assertTrue(aa.hasCaution("CAUTION_MID_ACCOMPANY_FIRST_VISIT"));
        assertTrue(aa.hasCaution("CAUTION_MID_GROUP_IN_INSTITUTION"));
        assertEquals(Route.VIA_MAKELAAR, aa.route().route(), "002, Hoe verwijzen?: de makelaar begeleidt naar de eerste bijeenkomst");
    }

    // ------------------------------------------------------------------------------------------- pilot advice 7b

    @Test
    @DisplayName("002, Bijlage 5 advies 7b: 'Absoluut criterium: cliënt heeft een abstinentiewens' → met wens: AA past nu")
    void abstinenceWishFitsNow() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).build()).forOrganisation("aa-nederland");
        assertEquals(Verdict.FITS_NOW, aa.verdict());
        assertTrue(aa.hasReason("PILOT_7B_ABSTINENCE_WISH"));
        assertTrue(aa.hasReason("GROUPS_OPEN_TO_ANYONE_WITH_DESIRE"));
    }

    @Test
    @DisplayName("002, advies 7b 'Absoluut criterium' + opvatting van zelfhulpgroepen ('uitprobeert') → zonder wens: nu niet "
            + "verwijzen, uitproberen als voorlichting, beide geciteerd")
    void noAbstinenceWishIsNotNowWithTryOutAsInformation() {
        Advice advice = advise(person(ALCOHOL).abstinenceWish(false).build());
        CandidateAdvice aa = advice.forOrganisation("aa-nederland");
        assertEquals(Verdict.NOT_NOW, aa.verdict());
        assertTrue(aa.hasReason("PILOT_7B_ABSTINENCE_WISH"));
        assertTrue(aa.hasReason("GROUPS_TRY_OUT"));
        assertNull(aa.route().route(), "no referral route when the institution does not refer now");
        assertEquals(Level.VOORLICHTING, advice.level().level());
        assertTrue(advice.level().hasReason("PILOT_7B_ABSOLUTE"));
        assertTrue(advice.level().hasReason("GROUPS_TRY_OUT"));
    }

    @Test
    @DisplayName("002, advies 7b relatieve criteria (ernst verslaving, sociale integratie, steun) → hogere score, zelfde verdict")
    void relativeCriteriaRaiseTheScore() {
        CandidateAdvice plain = advise(person(ALCOHOL).abstinenceWish(true).build()).forOrganisation("aa-nederland");
        CandidateAdvice strong = advise(person(ALCOHOL).abstinenceWish(true).characteristics(Characteristic.SEVERE_ADDICTION,
                Characteristic.LOW_SOCIAL_INTEGRATION, Characteristic.NEED_SUPPORT_STAYING_ABSTINENT).build())
                .forOrganisation("aa-nederland");
        assertEquals(plain.score() + 3, strong.score());
        assertTrue(strong.hasReason("PILOT_7B_SEVERE_ADDICTION"));
        assertTrue(strong.hasReason("PILOT_7B_LOW_SOCIAL_INTEGRATION"));
        assertTrue(strong.hasReason("PILOT_7B_NEED_SUPPORT_ABSTINENCE"));
    }

    @Test
    @DisplayName("002, onderzoeksliteratuur: netwerk positief over gebruik, polygebruik, spanning → redenen met bron")
    void researchIndicationsAreCited() {
        CandidateAdvice aa = advise(person(ALCOHOL, DRUGS).abstinenceWish(true).network(NetworkQuality.USE_POSITIVE)
                .characteristics(Characteristic.USE_TO_RELIEVE_TENSION).build()).forOrganisation("aa-nederland");
        assertTrue(aa.hasReason("RESEARCH_NETWORK_USE_POSITIVE"));
        assertTrue(aa.hasReason("RESEARCH_SEVERE_OR_POLY_USE"));
        assertTrue(aa.hasReason("RESEARCH_USE_TO_RELIEVE_TENSION"));
        aa.reasons().forEach(f -> assertNotNull(f.sourceSection(), f.code()));
    }

    @Test
    @DisplayName("002, opvatting van hulpverleners: isolement, recidivist, geen opname willen → redenen")
    void professionalIndications() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).network(NetworkQuality.ISOLATED)
                .characteristics(Characteristic.RECIDIVIST, Characteristic.NO_ADMISSION_WANTED).build())
                .forOrganisation("aa-nederland");
        assertTrue(aa.hasReason("PROFESSIONAL_ISOLATION"));
        assertTrue(aa.hasReason("PROFESSIONAL_RECIDIVIST"));
        assertTrue(aa.hasReason("PROFESSIONAL_NO_ADMISSION_WANTED"));
    }

    @Test
    @DisplayName("002, contra-indicaties: 'Al of niet godsdienstig zijn speelt geen rol' → geen bezwaar, wel uitleg")
    void religionIsNoContraIndication() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).characteristics(Characteristic.RELIGION_CONCERN).build())
                .forOrganisation("aa-nederland");
        assertEquals(Verdict.FITS_NOW, aa.verdict());
        assertTrue(aa.hasReason("NOT_CONTRA_RELIGION"));
    }

    // ------------------------------------------------------------------------------------------- moments in treatment

    @Test
    @DisplayName("002, verloop behandelproces — aanmelding: 'verwijzing naar een zelfhulpgroep nog te vroeg' → past mogelijk")
    void applicationIsTooEarly() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.APPLICATION).build())
                .forOrganisation("aa-nederland");
        assertEquals(Verdict.MAY_FIT, aa.verdict());
        assertTrue(aa.hasCaution("CAUTION_TOO_EARLY_IN_PROCESS"));
    }

    @Test
    @DisplayName("002, aanmelding/intake: 'wel aangewezen als de cliënt hier zelf naar vraagt' en 'wenselijk bij recidivisten'")
    void askingOrRecidivistIsNotTooEarly() {
        CandidateAdvice asks = advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.APPLICATION)
                .characteristics(Characteristic.ASKS_FOR_SELF_HELP).build()).forOrganisation("aa-nederland");
        CandidateAdvice recidivist = advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.INTAKE)
                .characteristics(Characteristic.RECIDIVIST).build()).forOrganisation("aa-nederland");
        assertEquals(Verdict.FITS_NOW, asks.verdict());
        assertEquals(Verdict.FITS_NOW, recidivist.verdict());
    }

    @Test
    @DisplayName("002, aanmelding: 'Indien er wachtlijsten zijn ... eerste opvang' + advies 7b 'wachttijd voor reguliere zorg'")
    void waitingListGivesFirstSupport() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.WAITING_LIST).build())
                .forOrganisation("aa-nederland");
        assertTrue(aa.hasReason("WAITING_LIST_FIRST_SUPPORT"));
        assertTrue(aa.hasReason("PILOT_7B_SOCIAL_CRISIS_OR_WAITING"));
    }

    @Test
    @DisplayName("002, indicatieadvies / behandelplan: 'uiteraard het kernmoment voor verwijzing'")
    void indicationIsTheKeyMoment() {
        assertTrue(advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.INDICATION).build())
                .forOrganisation("aa-nederland").hasReason("INDICATION_KEY_MOMENT"));
    }

    @Test
    @DisplayName("002, klinische behandeling: 'het contact moet opgebouwd worden tijdens het klinisch verblijf'")
    void clinicalStayBuildsContact() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.TREATMENT)
                .setting(TreatmentSetting.CLINICAL).build()).forOrganisation("aa-nederland");
        assertTrue(aa.hasReason("CLINICAL_BUILD_CONTACT_DURING_STAY"));
        assertFalse(aa.hasReason("PARALLEL_TO_TREATMENT"));
    }

    @Test
    @DisplayName("002, ambulant — parallel: 'voor andere behandelvormen ... als parallelle ondersteuningsvorm mogelijk'")
    void outpatientTreatmentIsParallel() {
        CandidateAdvice aa = advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.TREATMENT)
                .setting(TreatmentSetting.OUTPATIENT).goal(TreatmentGoal.ABSTINENCE).build()).forOrganisation("aa-nederland");
        assertEquals(Verdict.FITS_NOW, aa.verdict());
        assertTrue(aa.hasReason("PARALLEL_TO_TREATMENT"));
    }

    @Test
    @DisplayName("002, nazorg: 'De voorkeur heeft het laatste: ... terwijl de nazorg nog doorloopt'")
    void aftercarePrefersReferralDuringAftercare() {
        assertTrue(advise(person(ALCOHOL).abstinenceWish(true).phase(TreatmentPhase.AFTERCARE).build())
                .forOrganisation("aa-nederland").hasReason("AFTERCARE_DURING_NAZORG"));
    }

    // ------------------------------------------------------------------------------------------- routes

    @Test
    @DisplayName("002, Hoe verwijzen?: via contactpersoon van de groep of via de makelaar van de instelling (beide aanbevolen)")
    void routeViaContactPersonOrMakelaar() {
        CandidateAdvice withoutMakelaar = advise(person(ALCOHOL).abstinenceWish(true).build()).forOrganisation("aa-nederland");
        CandidateAdvice withMakelaar = advise(person(ALCOHOL).abstinenceWish(true).makelaarAvailable(true).build())
                .forOrganisation("aa-nederland");
        assertEquals(Route.VIA_CONTACT_PERSON, withoutMakelaar.route().route());
        assertEquals("ROUTE_VIA_CONTACT_PERSON", withoutMakelaar.route().reason().code());
        assertEquals(Route.VIA_MAKELAAR, withMakelaar.route().route());
        assertTrue(withoutMakelaar.route().steps().stream().anyMatch(f -> f.code().equals("ROUTE_SIX_MEETING_TRIAL")),
                "002, Hoe verwijzen? c: minimaal zes maal een groep bezoeken");
    }

    @Test
    @DisplayName("004, 8 | Zelfhulp — Samen gaan: mee naar een open vergadering 'enkel AA'; SOS Nuchterheid: 'geen open vergaderingen'")
    void flemishDrinkerGoesAlongToOpenAaMeeting() {
        Advice advice = advise(person(ALCOHOL).abstinenceWish(true).country(Country.BE).build());
        CandidateAdvice aaVl = advice.forOrganisation("aa-vlaanderen");
        CandidateAdvice sos = advice.forOrganisation("sos-nuchterheid");
        assertEquals(Verdict.FITS_NOW, aaVl.verdict());
        assertTrue(aaVl.route().steps().stream().anyMatch(f -> f.code().equals("ROUTE_GO_ALONG_OPEN_MEETING")));
        assertTrue(sos.route().steps().stream().anyMatch(f -> f.code().equals("ROUTE_GO_ALONG_TO_DOOR")));
        assertTrue(sos.route().steps().stream().noneMatch(f -> f.code().equals("ROUTE_GO_ALONG_OPEN_MEETING")));
        assertEquals(Verdict.DOES_NOT_FIT, advice.forOrganisation("aa-nederland").verdict(), "ander land");
    }

    @Test
    @DisplayName("004, 8 | Zelfhulp — Online: 'Je kan de drempel verlagen via online zelfhulp' → voorkeur online")
    void onlinePreferenceLowersThreshold() {
        CandidateAdvice online = advise(person(ALCOHOL).online(true).country(Country.BE).build()).forOrganisation("onlinepsyhulp");
        assertEquals(Verdict.FITS_NOW, online.verdict());
        assertTrue(online.hasReason("ONLINE_LOWER_THRESHOLD"));
        assertEquals(Route.DIRECT, online.route().route());
    }

    // ------------------------------------------------------------------------------------------- risk signals

    @Test
    @DisplayName("004, 4 | Thuis ontwennen: 'Neem voor ontwenning van GHB (extra risicovol!) contact op' → arts/spoedhulp eerst")
    void ghbWithdrawalComesFirst() {
        Advice advice = advise(person(DRUGS).abstinenceWish(true).riskSignals(RiskSignal.DANGEROUS_WITHDRAWAL_GHB).build());
        assertTrue(advice.actFirst());
        RiskAction risk = advice.riskSignals().get(0);
        assertEquals(RiskSignal.DANGEROUS_WITHDRAWAL_GHB, risk.signal());
        assertEquals(RiskSignal.Urgency.EMERGENCY, risk.urgency());
        assertTrue(risk.finding().action().contains("arts"));
        assertFalse(advice.candidates().isEmpty(), "groups are still shown, after the risk signal");
    }

    @Test
    @DisplayName("004, 4 | Thuis ontwennen: 'Enkel bij ontwenning van alcohol en sedativa (benzodiazepines, GHB) ... risico's'")
    void alcoholAndBenzodiazepineWithdrawalAreEmergencies() {
        Advice advice = advise(person(ALCOHOL, Behaviour.MEDICATION).riskSignals(RiskSignal.DANGEROUS_WITHDRAWAL_BENZODIAZEPINES,
                RiskSignal.DANGEROUS_WITHDRAWAL_ALCOHOL).build());
        assertEquals(List.of(RiskSignal.DANGEROUS_WITHDRAWAL_ALCOHOL, RiskSignal.DANGEROUS_WITHDRAWAL_BENZODIAZEPINES),
                advice.riskSignals().stream().map(RiskAction::signal).toList());
        assertTrue(advice.actFirst());
    }

    @Test
    @DisplayName("004, 1 | Alarm!: 'bel bij een noodgeval meteen de hulpdiensten' → overdosis eerst, vóór zorgen over kinderen")
    void overdoseBeforeChildrenAndRefusal() {
        Advice advice = advise(person(DRUGS).riskSignals(RiskSignal.HELP_REFUSED, RiskSignal.CHILDREN_PRESENT,
                RiskSignal.OVERDOSE).build());
        assertEquals(List.of(RiskSignal.OVERDOSE, RiskSignal.CHILDREN_PRESENT, RiskSignal.HELP_REFUSED),
                advice.riskSignals().stream().map(RiskAction::signal).toList());
        assertTrue(advice.riskSignals().get(0).finding().action().contains("hulpdiensten"));
    }

    @Test
    @DisplayName("004, 1 | Verantwoordelijkheid - 3: 'altijd verantwoordelijkheid ... de kinderen' → aandacht, niet verborgen")
    void childrenPresentIsShownButNotAnEmergency() {
        Advice advice = advise(ClientProfile.builder(PARTNER, ALCOHOL).riskSignals(RiskSignal.CHILDREN_PRESENT).build());
        assertFalse(advice.actFirst());
        assertEquals(RiskSignal.Urgency.ATTENTION, advice.riskSignals().get(0).urgency());
        assertTrue(advice.riskSignals().get(0).finding().sourceDocument().startsWith("004_"));
    }

    @Test
    @DisplayName("004, 1 | Alarm!: 'Als de cliënt weigert hulp aan te nemen, noteer dan minstens zijn weigering'")
    void refusalOfHelpIsRecorded() {
        RiskAction risk = advise(person(ALCOHOL).riskSignals(RiskSignal.HELP_REFUSED).build()).riskSignals().get(0);
        assertTrue(risk.finding().action().contains("weigering"));
    }

    @Test
    @DisplayName("004, 1 | Valkuilen: 'Let op voor agressie onder invloed' → direct handelen")
    void aggressionIsImmediate() {
        RiskAction risk = advise(person(ALCOHOL).riskSignals(RiskSignal.AGGRESSION).build()).riskSignals().get(0);
        assertEquals(RiskSignal.Urgency.IMMEDIATE, risk.urgency());
    }

    @Test
    @DisplayName("000, Handvatten voor gespreksvoering: 'Kom direct in actie als je vermoedt dat je collega onder invloed is'")
    void doctorIntoxicatedAtWork() {
        RiskAction risk = advise(ClientProfile.builder(COLLEAGUE, ALCOHOL).profession(Profession.DOCTOR)
                .riskSignals(RiskSignal.INTOXICATED_AT_WORK).build()).riskSignals().get(0);
        assertEquals("000_df5924b872e217c2.txt", risk.finding().sourceDocument());
        assertTrue(risk.finding().action().startsWith("Kom direct in actie"));
    }

    @Test
    @DisplayName("Risicosignalen worden nooit weggelaten, ook niet als de catalogusversie de tekst mist")
    void riskSignalIsNeverDropped() {
        Catalogue withoutRisks = new Catalogue(99, CATALOGUE.criteria().stream()
                .filter(c -> c.kind() != CriterionKind.RISK_SIGNAL).toList());
        Advice advice = AdviceRules.evaluate(person(ALCOHOL).riskSignals(RiskSignal.SUICIDAL_STATEMENTS).build(),
                ORGANISATIONS, withoutRisks);
        assertEquals(1, advice.riskSignals().size());
        assertTrue(advice.actFirst());
    }

    // ------------------------------------------------------------------------------------------- directory facts

    @Test
    @DisplayName("002, Bijlage 3 (Steunpunten): Steunpunt 's-Hertogenbosch 'in oprichting' → past mogelijk, eerst controleren")
    void supportPointInFormationMayFit() {
        CandidateAdvice denBosch = advise(person(ALCOHOL).build()).forOrganisation("steunpunt-zelfhulp-den-bosch");
        assertEquals(Verdict.MAY_FIT, denBosch.verdict());
        assertTrue(denBosch.hasCaution("CAUTION_IN_FORMATION"));
    }

    @Test
    @DisplayName("002, Bijlage 3 (Steunpunten): Trimbos-instituut is er voor hulpverleners → past niet voor een cliënt")
    void knowledgeCentreDoesNotFitClients() {
        CandidateAdvice trimbos = advise(person(ALCOHOL).build()).forOrganisation("trimbos-instituut");
        assertEquals(Verdict.DOES_NOT_FIT, trimbos.verdict());
        assertTrue(trimbos.hasReason("DIRECTORY_AUDIENCE_MISMATCH"));
        assertEquals("002_e30f9ceb731b810b.txt", trimbos.reasons().get(0).sourceDocument());
    }

    @Test
    @DisplayName("002, Bijlage 3: Anonieme Overeters → iemand met een eetprobleem")
    void eatingGetsAnoniemeOvereters() {
        assertEquals("anonieme-overeters", firstFitting(advise(person(EATING).abstinenceWish(true).country(Country.NL).build()))
                .candidate().organisationId());
    }

    // ------------------------------------------------------------------------------------------- determinism and ranking

    @Test
    @DisplayName("Deterministisch: zelfde profiel, zelfde advies, ook als de kandidaten in een andere volgorde komen")
    void deterministic() {
        ClientProfile profile = person(ALCOHOL, DRUGS).abstinenceWish(true).medication(Medication.METHADONE)
                .riskSignals(RiskSignal.CHILDREN_PRESENT).build();
        Advice first = advise(profile);
        List<Candidate> shuffled = new ArrayList<>(ORGANISATIONS);
        Collections.shuffle(shuffled, new Random(42));
        Advice second = AdviceRules.evaluate(profile, shuffled, CATALOGUE);
        assertEquals(first, second);
        assertEquals(SeedSql.CATALOGUE_VERSION, first.catalogueVersion());
        assertEquals(ORGANISATIONS.size(), first.candidates().size(), "every organisation is evaluated");
    }

    @Test
    @DisplayName("Rangorde: eerst oordeel en score, dan afstand en eerstvolgende bijeenkomst (voor groepen uit de sociale kaart)")
    void rankingUsesDistanceAfterFit() {
        Candidate far = group("far", 25.0);
        Candidate near = group("near", 3.0);
        Candidate unknown = group("unknown", null);
        Advice advice = AdviceRules.evaluate(person(ALCOHOL).abstinenceWish(true).build(), List.of(unknown, far, near), CATALOGUE);
        assertEquals(List.of("near", "far", "unknown"), advice.candidates().stream().map(c -> c.candidate().groupId()).toList());
    }

    @Test
    @DisplayName("Rangorde: bij gelijk oordeel en score komt de organisatie vóór haar eigen lokale groepen")
    void organisationComesBeforeItsGroups() {
        Candidate aa = ORGANISATIONS.stream().filter(c -> c.organisationId().equals("aa-nederland")).findFirst().orElseThrow();
        List<Candidate> candidates = List.of(group("a-near", 1.0), group("b-far", 40.0), aa);
        Advice advice = AdviceRules.evaluate(person(ALCOHOL).abstinenceWish(true).build(), candidates, CATALOGUE);
        assertEquals(java.util.Arrays.asList(null, "a-near", "b-far"),
                advice.candidates().stream().map(c -> c.candidate().groupId()).toList());
    }

    private static Candidate group(String id, Double km) {
        return new Candidate("aa-nederland", id, "AA " + id, OrganisationKind.SELF_HELP_FELLOWSHIP, Approach.TWELVE_STEP,
                Country.NL, OrganisationStatus.ACTIVE, Set.of(PERSON), Set.of(ALCOHOL), Set.of("O"), Set.of("nl"), km, null,
                "002_e30f9ceb731b810b.txt", "Bijlage 3", null);
    }
}
