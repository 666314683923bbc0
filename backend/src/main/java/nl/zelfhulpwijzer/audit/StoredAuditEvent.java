package nl.zelfhulpwijzer.audit;

/** An audit event as stored: its place in the chain, the previous event's hash and its own. */
public record StoredAuditEvent(long seq, AuditEvent event, String previousHash, String hash) {
}
