package nl.zelfhulpwijzer.referrals.checkin;

import java.security.SecureRandom;
import java.util.Base64;

import nl.zelfhulpwijzer.common.security.Sha256;

/** The link's token: 256 random bits in base64url (43 characters); stored only as its SHA-256. */
final class CheckinTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FORMAT = "[A-Za-z0-9_-]{43}";

    private CheckinTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} can be one of ours at all; anything else is answered like an unknown link. */
    static boolean wellFormed(String token) {
        return token != null && token.matches(FORMAT);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
