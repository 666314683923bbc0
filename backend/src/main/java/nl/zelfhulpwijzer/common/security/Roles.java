package nl.zelfhulpwijzer.common.security;

import java.util.List;

/** The realm roles of the identity provider. */
public final class Roles {

    /** Care worker (medewerker) of an institution. */
    public static final String MEDEWERKER = "medewerker";
    /** Keeps the directory and pathway content. */
    public static final String COORDINATOR = "coordinator";
    /** Administrator of an institution. */
    public static final String BEHEERDER = "beheerder";
    /** Machine client of an EPD (client credentials). */
    public static final String EPD = "epd";

    public static final List<String> ALL = List.of(MEDEWERKER, COORDINATOR, BEHEERDER, EPD);

    private Roles() {
    }
}
