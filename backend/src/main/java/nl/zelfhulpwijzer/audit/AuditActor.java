package nl.zelfhulpwijzer.audit;

/**
 * Who acts and from where: user id and role, on whose behalf (a machine client acting for a person, when it says),
 * institution, source system and address, and the request's correlation id.
 */
public record AuditActor(String userId, String role, String onBehalfOf, String institution, String sourceSystem,
        String sourceAddress, String correlationId) {

    /** The client answering through the check-in link: no account, so the client is named by role only. */
    public static AuditActor checkinClient(String institution, String sourceAddress, String correlationId) {
        return new AuditActor("cliënt (check-in)", "client", null, institution, "check-in", sourceAddress, correlationId);
    }
}
