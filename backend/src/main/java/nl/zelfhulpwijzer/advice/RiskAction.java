package nl.zelfhulpwijzer.advice;

/**
 * A risk signal with its urgency and what to do, from the catalogue. Shown before any group. {@code derivation} is
 * set when the rules derived the signal from the profile (a substance and a wish to stop) instead of the worker
 * ticking it; it cites the passage the derivation rests on.
 */
public record RiskAction(RiskSignal signal, RiskSignal.Urgency urgency, Finding finding, Finding derivation) {

    public boolean derived() {
        return derivation != null;
    }
}
