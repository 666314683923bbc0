package nl.zelfhulpwijzer.interop.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FHIR ids are 1 to 64 letters, digits, '-' and '.'; directory keys go up to 140 characters (group slugs) and a
 * feed's key may hold '_'. Such a key gets a stable id of its own: its start (other characters as '-'), then '-' and
 * the first 8 hex digits of its SHA-256. {@link FhirKeys} finds the key behind such an id.
 */
final class FhirIds {

    static final int MAX_LENGTH = 64;
    private static final int HASH_LENGTH = 8;
    private static final int START_LENGTH = MAX_LENGTH - HASH_LENGTH - 1;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final Pattern HASHED = Pattern.compile("(.+)-[0-9a-f]{8}");

    private FhirIds() {
    }

    static String of(String key) {
        if (VALID.matcher(key).matches()) {
            return key;
        }
        String start = key.replaceAll("[^A-Za-z0-9.-]", "-");
        return start.substring(0, Math.min(start.length(), START_LENGTH)) + "-" + hash(key);
    }

    /** The start of the key when {@code id} may be a made id; the key itself then starts so (with '_' as '-'). */
    static Optional<String> madeFrom(String id) {
        var m = HASHED.matcher(id);
        return m.matches() && id.length() <= MAX_LENGTH ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
