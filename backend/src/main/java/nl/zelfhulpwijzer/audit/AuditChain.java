package nl.zelfhulpwijzer.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The hash chain of the audit log: each event's hash is SHA-256 over the previous event's hash and the event's
 * canonical form (JSON with fields in declaration order, ISO times), so changing, inserting or removing an event
 * breaks every link after it.
 */
public final class AuditChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(CANONICAL.writeValueAsBytes(event));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash an audit event", e);
        }
    }

    /** Checks one link; {@code expectedPrevious} is the hash of the event before it (null: trust the first one's). */
    public static Optional<String> brokenLink(StoredAuditEvent stored, String expectedPrevious) {
        if (expectedPrevious != null && !expectedPrevious.equals(stored.previousHash())) {
            return Optional.of("Gebeurtenis " + stored.seq() + " verwijst niet naar de gebeurtenis ervoor: er is er een verwijderd of tussengevoegd.");
        }
        if (!hash(stored.previousHash(), stored.event()).equals(stored.hash())) {
            return Optional.of("Gebeurtenis " + stored.seq() + " is na het vastleggen gewijzigd.");
        }
        return Optional.empty();
    }
}
