package nl.zelfhulpwijzer.advice;

/**
 * Seed passages the rules cite themselves (level, derived risks, ranking), each with a verbatim quote that
 * {@code SeedPassageTest} finds in the seed. {@code inference} marks where the rule draws a conclusion the passage
 * implies but does not state; such a passage still quotes what the conclusion rests on.
 */
public enum SeedPassage {
    LEVEL_VOORLICHTING(H.HANDBOOK, "Niveaus van integratie",
            "(Uitsluitend) Voorlichting: cliënten en familieleden bekend maken met de uitgangspunten en werkwijze van zelfhulpgroepen.", false),
    LEVEL_VERWIJZING(H.HANDBOOK, "Niveaus van integratie",
            "Verwijzing: het gericht verwijzen van een cliënt naar een zelfhulpgroep als wenselijk of te overwegen onderdeel van het herstelproces.", false),
    LEVEL_INTEGRATIE(H.HANDBOOK, "Niveaus van integratie",
            "Integratie in het behandelaanbod: deelname aan zelfhulpgroepen of 12-stappenprogramma’s zijn een onderdeel van het totale aanbod van de instelling", false),
    MOMENT_APPLICATION(H.HANDBOOK, H.APPLICATION_TO_INDICATION,
            "Voor cliënten die pas begonnen zijn om hun hulpvraag te formuleren, is verwijzing naar een zelfhulpgroep nog te vroeg.", false),
    MOMENT_APPLICATION_ASKS(H.HANDBOOK, H.APPLICATION_TO_INDICATION,
            "Verwijzing / in contact brengen met groepen is wel aangewezen als de cliënt hier zelf naar vraagt of zoekt naar wegen om abstinent te worden.", false),
    MOMENT_INTAKE(H.HANDBOOK, H.APPLICATION_TO_INDICATION,
            "In de intake is het over het algemeen niet aan de orde om al naar zelfhulpgroepen te verwijzen.", false),
    MOMENT_INTAKE_ASKS(H.HANDBOOK, H.APPLICATION_TO_INDICATION,
            "Dit is mogelijk wel wenselijk bij ‘recidivisten’ en als de cliënt zelf naar zelfhulpgroepen vraagt of zoekt naar wegen om abstinent te worden.", false),
    MOMENT_INTAKE_FAMILY(H.HANDBOOK, H.APPLICATION_TO_INDICATION,
            "Familieleden kunnen hier al wel worden gewezen op zelfhulpgroepen voor henzelf.", false),
    MOMENT_CLINICAL_INSIDE(H.HANDBOOK, "c. Klinische behandeling",
            "‘Externe groepen’ de gelegenheid bieden om in de kliniek samen te komen, bijvoorbeeld voor cliënten die de kliniek niet mogen verlaten", true),
    STAGE_PRECONTEMPLATION("004_9366bc2566e26373.txt", "Verantwoordelijkheid - 2",
            "Wanneer de cliënt zich in de voorbeschouwingsfase bevindt en er dus niet aan denkt te veranderen, is het aan ons het thema toch op de agenda te houden.", false),
    PILOT_7B_ABSOLUTE(H.HANDBOOK, "2. Bevindingen en Adviezen",
            "Absoluut criterium: - Cliënt heeft een abstinentiewens.", false),
    GROUPS_TRY_OUT(H.HANDBOOK, "Opvatting van zelfhulpgroepen",
            "Dit hoeft niet uit te sluiten dat iemand zonder deze houding een zelfhulpgroep ‘uitprobeert’.", false),
    WITHDRAWAL_DANGER("004_9366bc2566e26373.txt", "ONTWENNEN IS…",
            "Enkel bij ontwenning van alcohol en sedativa (benzodiazepines, GHB) zijn er belangrijke fysieke risico’s.", true),
    DUAL_DIAGNOSIS_GROUPS(H.HANDBOOK, "4. Integratie",
            "Een voorbeeld van integratie in ons land zijn 12-stappen groepen voor cliënten met een dubbele diagnose.", true),
    LVB_IMPORTANCE_ZERO("003_402bb011c7234146.txt", "1.5 Belang van veranderen",
            "Let op: bij 0 betekent dit instroom in een individueel traject", false),
    LVB_NO_CONFIDENCE("003_402bb011c7234146.txt", "1.6 Vertrouwen in verandering",
            "Als er geen vertrouwen is om te veranderen: verwijzen naar individueel traject ter remoralisatie.", false),
    LVB_SOS_CARD("003_402bb011c7234146.txt", "2.4 Anders doen - 2",
            "Een SOS-kaart is een extra hulp bij moeilijke momenten en kan je altijd bij je dragen.", false);

    private final String document;
    private final String section;
    private final String quote;
    private final boolean inference;

    SeedPassage(String document, String section, String quote, boolean inference) {
        this.document = document;
        this.section = section;
        this.quote = quote;
        this.inference = inference;
    }

    public String code() {
        return name();
    }

    public String document() {
        return document;
    }

    public String section() {
        return section;
    }

    public String quote() {
        return quote;
    }

    public boolean inference() {
        return inference;
    }

    /** Shared names, kept apart so the constants stay readable. */
    private static final class H {
        static final String HANDBOOK = "002_e30f9ceb731b810b.txt";
        static final String APPLICATION_TO_INDICATION = "a. Van aanmelding tot indicatieadvies";
    }
}
