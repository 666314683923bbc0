package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the handbook's levels fits now (002, Niveaus van integratie), and why. A referral is premature at
 * aanmelding and intake unless the client asks for groups or seeks a way to stop (002, verloop van het
 * behandelproces), in precontemplation (004, Verantwoordelijkheid - 2), for an institution without the client's
 * abstinence wish (002, advies 7b), and for a client with a mild intellectual disability who sees no importance or
 * has no confidence in change (003, 1.5 and 1.6); then the advice is voorlichting. Groups meeting inside the
 * institution where the client stays make it integratie; otherwise it is verwijzing.
 */
public final class LevelRules {

    private LevelRules() {
    }

    public static LevelAdvice decide(ClientProfile p) {
        List<Finding> reasons = new ArrayList<>();
        List<Finding> questions = new ArrayList<>();
        Level level = p.isPerson() ? personLevel(p, reasons) : familyLevel(reasons);
        reasons.add(0, definition(level));
        if (p.isPerson() && level != Level.VOORLICHTING && p.abstinenceWish() == null) {
            questions.add(Finding.of(SeedPassage.PILOT_7B_ABSOLUTE,
                    "De instelling verwijst naar zelfhulp als de cliënt helemaal wil stoppen (advies 7b). Dat is nog niet bekend.",
                    "Vraag eerst of de cliënt helemaal wil stoppen, vóór je verwijst."));
        }
        if (p.isPerson() && Boolean.TRUE.equals(p.mildIntellectualDisability())) {
            // 003, 2.4: the card is always at hand, so it belongs to every level; a group goes on it once there is one.
            reasons.add(Finding.of(SeedPassage.LVB_SOS_CARD,
                    "Een SOS-kaart helpt bij moeilijke momenten: wie je kunt bellen, je redenen om niet te gebruiken en wat je in plaats daarvan doet.",
                    level == Level.VOORLICHTING ? "Maak samen een SOS-kaart." : "Maak samen een SOS-kaart en zet de zelfhulpgroep erop."));
        }
        return new LevelAdvice(level, reasons, questions);
    }

    private static Level familyLevel(List<Finding> reasons) {
        reasons.add(Finding.of(SeedPassage.MOMENT_INTAKE_FAMILY,
                "Wie om de cliënt heen staat, kan altijd al gewezen worden op zelfhulpgroepen voor zichzelf.", null));
        return Level.VERWIJZING;
    }

    private static Level personLevel(ClientProfile p, List<Finding> reasons) {
        boolean asks = p.has(Characteristic.ASKS_FOR_SELF_HELP);
        if (p.treatmentPhase() == TreatmentPhase.APPLICATION) {
            if (!asks) {
                reasons.add(Finding.of(SeedPassage.MOMENT_APPLICATION,
                        "Bij de aanmelding is verwijzen naar een groep nog te vroeg. Zorg wel voor folders in de wachtruimte.", null));
                return Level.VOORLICHTING;
            }
            reasons.add(Finding.of(SeedPassage.MOMENT_APPLICATION_ASKS, "De cliënt vraagt zelf naar groepen: verwijzen mag al.", null));
        }
        if (p.treatmentPhase() == TreatmentPhase.INTAKE) {
            if (!asks && !p.has(Characteristic.RECIDIVIST)) {
                reasons.add(Finding.of(SeedPassage.MOMENT_INTAKE,
                        "In de intake gaat het om problemen, behoeften en wensen; verwijzen is meestal nog te vroeg.", null));
                return Level.VOORLICHTING;
            }
            reasons.add(Finding.of(SeedPassage.MOMENT_INTAKE_ASKS,
                    "De cliënt vraagt zelf naar groepen of viel eerder terug: verwijzen kan al in de intake.", null));
        }
        if (p.stageOfChange() == StageOfChange.PRECONTEMPLATION) {
            reasons.add(Finding.of(SeedPassage.STAGE_PRECONTEMPLATION,
                    "De cliënt denkt nog niet aan veranderen. Houd het onderwerp open en geef informatie, zonder te verwijzen.", null));
            return Level.VOORLICHTING;
        }
        if (Boolean.FALSE.equals(p.abstinenceWish())) {
            reasons.add(Finding.of(SeedPassage.PILOT_7B_ABSOLUTE,
                    "De instelling verwijst naar zelfhulp als de cliënt helemaal wil stoppen (advies 7b). Die wens is er nu niet: nu niet verwijzen.",
                    null));
            reasons.add(Finding.of(SeedPassage.GROUPS_TRY_OUT,
                    "Uitproberen mag: volgens de groepen zelf kan ook iemand zonder die wens een groep bezoeken, bijvoorbeeld zes keer.",
                    "Vertel dat de cliënt een groep mag uitproberen; dat is voorlichting, geen verwijzing."));
            return Level.VOORLICHTING;
        }
        if (Boolean.TRUE.equals(p.mildIntellectualDisability())) {
            if (p.has(Characteristic.NO_IMPORTANCE_OF_CHANGE)) {
                reasons.add(Finding.of(SeedPassage.LVB_IMPORTANCE_ZERO,
                        "De cliënt vindt veranderen niet belangrijk (0): eerst een individueel traject om het belang te vergroten.", null));
                return Level.VOORLICHTING;
            }
            if (p.has(Characteristic.NO_CONFIDENCE_IN_CHANGE)) {
                reasons.add(Finding.of(SeedPassage.LVB_NO_CONFIDENCE,
                        "De cliënt heeft geen vertrouwen in veranderen: eerst een individueel traject om het vertrouwen te vergroten (remoralisatie).",
                        null));
                return Level.VOORLICHTING;
            }
        }
        if (p.treatmentSetting() != null && p.treatmentSetting().residential()) {
            reasons.add(Finding.of(SeedPassage.MOMENT_CLINICAL_INSIDE,
                    "Als een groep in de instelling samenkomt, gaan cliënten er makkelijker heen; ook wie de instelling niet mag verlaten.",
                    Boolean.TRUE.equals(p.groupsInInstitution()) ? "Kies de groep die in de instelling samenkomt."
                            : "Bouw het contact op tijdens het verblijf; ga de eerste keer mee."));
            if (Boolean.TRUE.equals(p.groupsInInstitution())) {
                return Level.INTEGRATIE;
            }
        }
        return Level.VERWIJZING;
    }

    private static Finding definition(Level level) {
        return switch (level) {
            case VOORLICHTING -> Finding.of(SeedPassage.LEVEL_VOORLICHTING,
                    "Advies nu: voorlichting. Vertel de cliënt en de naasten hoe zelfhulpgroepen werken; zij beslissen zelf.", null);
            case VERWIJZING -> Finding.of(SeedPassage.LEVEL_VERWIJZING,
                    "Advies nu: verwijzing. Verwijs gericht naar een groep; dat kan als afspraak in het behandelplan.", null);
            case INTEGRATIE -> Finding.of(SeedPassage.LEVEL_INTEGRATIE,
                    "Advies nu: integratie. De groep hoort bij het aanbod van de instelling; verwijzing en voorlichting horen erbij.", null);
        };
    }
}
