package nl.zelfhulpwijzer.advice;

/**
 * The handbook's three cumulative levels (002, Niveaus van integratie): each higher level includes the ones below,
 * so a referral always includes information.
 */
public enum Level {
    VOORLICHTING("voorlichting"),
    VERWIJZING("verwijzing"),
    INTEGRATIE("integratie in het behandelaanbod");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
