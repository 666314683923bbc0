package nl.zelfhulpwijzer.referrals.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The signature a receiver checks: HMAC-SHA256 over "t.body", refused when altered, re-signed or too old. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"type\":\"referral.changed\"}";
    private static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration WINDOW = WebhookSignature.RECOMMENDED_WINDOW;

    @Test
    void signsTimeAndBodyWithHmacSha256() {
        // Independently: printf '1772445600.{"type":"referral.changed"}' | openssl dgst -sha256 -hmac whsec_test
        assertEquals("t=1772445600,v1=446a554997a11efced1184c94017dd9bd774022ec39c441cc381f5d4de8852cf",
                WebhookSignature.header(SECRET, SENT, BODY));
    }

    @Test
    void aReceiverAcceptsTheSignedBodyWithinTheWindow() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, SENT.plusSeconds(299), WINDOW));
    }

    @Test
    void aReceiverRefusesAlteredBodiesOtherSecretsAndReplays() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        assertFalse(WebhookSignature.verify(SECRET, header, BODY + " ", SENT, WINDOW));
        assertFalse(WebhookSignature.verify("whsec_other", header, BODY, SENT, WINDOW));
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, SENT.plusSeconds(301), WINDOW));
        String movedTime = header.replace("t=1772445600", "t=1772445900");
        assertFalse(WebhookSignature.verify(SECRET, movedTime, BODY, SENT.plusSeconds(300), WINDOW));
        assertFalse(WebhookSignature.verify(SECRET, "v1=abc", BODY, SENT, WINDOW));
    }
}
