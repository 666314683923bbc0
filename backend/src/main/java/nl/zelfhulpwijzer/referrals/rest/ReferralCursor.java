package nl.zelfhulpwijzer.referrals.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.InvalidInput;

/** The opaque cursor of the referral feed: the change sequence number of the last row handed out. */
final class ReferralCursor {

    private static final String PREFIX = "seq:";

    private ReferralCursor() {
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /** 0 (from the start) without a cursor; 400 for a cursor this API did not hand out. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                return Long.parseLong(text.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the field error below
        }
        throw new InvalidInput(List.of(new FieldError("cursor", "Gebruik de cursor uit 'next' van de vorige pagina.")));
    }
}
