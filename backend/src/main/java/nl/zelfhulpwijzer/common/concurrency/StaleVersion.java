package nl.zelfhulpwijzer.common.concurrency;

import nl.zelfhulpwijzer.common.error.DomainException;

/** The caller's If-Match is not the current state, or two writes raced: someone else changed it first (412). */
public class StaleVersion extends DomainException {

    public StaleVersion() {
        super("Iemand anders heeft deze gegevens intussen gewijzigd. Haal ze opnieuw op en probeer het nog eens.");
    }
}
