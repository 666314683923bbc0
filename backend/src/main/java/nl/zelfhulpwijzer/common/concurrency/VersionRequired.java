package nl.zelfhulpwijzer.common.concurrency;

import nl.zelfhulpwijzer.common.error.DomainException;

/** A versioned write without If-Match: the server cannot tell whether the caller saw the current state (428). */
public class VersionRequired extends DomainException {

    public VersionRequired() {
        super("Stuur de ETag die u bij het ophalen kreeg mee in de kop If-Match, zodat niemands wijziging verloren gaat.");
    }
}
