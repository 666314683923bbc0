package nl.zelfhulpwijzer.advice;

/**
 * Risk signals (004, 001, 000), most urgent first; the advice shows them before any group, in this order.
 * Each maps to the catalogue criterion {@code RISK_<name>}.
 */
public enum RiskSignal {
    OVERDOSE(Urgency.EMERGENCY),
    DANGEROUS_WITHDRAWAL_GHB(Urgency.EMERGENCY),
    DANGEROUS_WITHDRAWAL_ALCOHOL(Urgency.EMERGENCY),
    DANGEROUS_WITHDRAWAL_BENZODIAZEPINES(Urgency.EMERGENCY),
    SUICIDAL_STATEMENTS(Urgency.EMERGENCY),
    AGGRESSION(Urgency.IMMEDIATE),
    INTOXICATED_AT_WORK(Urgency.IMMEDIATE),
    CHILDREN_PRESENT(Urgency.ATTENTION),
    DEBT_TO_DEALER(Urgency.ATTENTION),
    HELP_REFUSED(Urgency.ATTENTION);

    /** EMERGENCY: act before anything else; IMMEDIATE: act today; ATTENTION: discuss and record with the team. */
    public enum Urgency {
        EMERGENCY, IMMEDIATE, ATTENTION
    }

    private final Urgency urgency;

    RiskSignal(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String criterionCode() {
        return "RISK_" + name();
    }
}
