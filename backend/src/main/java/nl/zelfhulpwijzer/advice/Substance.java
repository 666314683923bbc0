package nl.zelfhulpwijzer.advice;

import java.util.Optional;

import nl.zelfhulpwijzer.directory.Behaviour;

/**
 * The substances 004 distinguishes (Ontwennen; Sederende / Opwekkende middelen). Each maps to the directory's
 * behaviour; the sedatives whose withdrawal is physically dangerous name their risk signal.
 */
public enum Substance {
    ALCOHOL(Behaviour.ALCOHOL, RiskSignal.DANGEROUS_WITHDRAWAL_ALCOHOL),
    CANNABIS(Behaviour.DRUGS, null),
    COCAINE(Behaviour.DRUGS, null),
    OPIOIDS(Behaviour.DRUGS, null),
    AMPHETAMINE(Behaviour.DRUGS, null),
    GHB(Behaviour.DRUGS, RiskSignal.DANGEROUS_WITHDRAWAL_GHB),
    BENZODIAZEPINES(Behaviour.MEDICATION, RiskSignal.DANGEROUS_WITHDRAWAL_BENZODIAZEPINES);

    private final Behaviour behaviour;
    private final RiskSignal withdrawalRisk;

    Substance(Behaviour behaviour, RiskSignal withdrawalRisk) {
        this.behaviour = behaviour;
        this.withdrawalRisk = withdrawalRisk;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    /** The risk signal of stopping this substance at once, where 004 calls its withdrawal physically dangerous. */
    public Optional<RiskSignal> withdrawalRisk() {
        return Optional.ofNullable(withdrawalRisk);
    }
}
