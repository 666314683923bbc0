package nl.zelfhulpwijzer.advice;

/** A risk signal with its urgency and what to do, from the catalogue. Shown before any group. */
public record RiskAction(RiskSignal signal, RiskSignal.Urgency urgency, Finding finding) {
}
