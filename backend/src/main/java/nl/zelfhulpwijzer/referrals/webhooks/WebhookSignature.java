package nl.zelfhulpwijzer.referrals.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@value #HEADER} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the subscription's
 * secret>}. Signing the time with the body lets a receiver refuse a replayed message: it recomputes v1 over the
 * raw body and accepts only when it matches and t lies within its replay window ({@link #RECOMMENDED_WINDOW}).
 * Receivers also drop a delivery id ({@code Zhw-Delivery}) they have seen, since delivery is at least once.
 */
public final class WebhookSignature {

    public static final String HEADER = "Zhw-Signature";
    public static final Duration RECOMMENDED_WINDOW = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String header(String secret, Instant time, String body) {
        long seconds = time.getEpochSecond();
        return "t=" + seconds + ",v1=" + hmac(secret, seconds + "." + body);
    }

    /** What a receiver does: true when the header signs this body with this secret within {@code window} of now. */
    public static boolean verify(String secret, String header, String body, Instant now, Duration window) {
        Long seconds = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                seconds = Long.valueOf(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signature = pair[1];
            }
        }
        if (seconds == null || signature == null
                || Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(window) > 0) {
            return false;
        }
        byte[] expected = hmac(secret, seconds + "." + body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
