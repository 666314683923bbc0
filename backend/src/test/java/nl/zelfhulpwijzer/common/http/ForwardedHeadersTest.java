package nl.zelfhulpwijzer.common.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForwardedHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.7", "203.0.113.7:443", "2001:db8::7", "[2001:db8::7]", "[2001:db8::7]:8080", "::1"})
    void addressesAreAccepted(String value) {
        assertTrue(ForwardedHeaders.isAddress(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "unknown", "localhost", "203.0.113", "203.0.113.7:0", "203.0.113.7:65536",
            "203.0.113.7:x", "[2001:db8::7", "2001:db8::7]:80", "[203.0.113.7]", ":80", "_hidden", "é"})
    void anythingElseIsNoAddress(String value) {
        assertFalse(ForwardedHeaders.isAddress(value), value);
    }

    @Test
    void wellFormedHeadersPass() {
        assertNull(ForwardedHeaders.problem(Map.of(
                "X-Forwarded-For", "203.0.113.7, 10.0.0.1",
                "X-Forwarded-Proto", "HTTPS",
                "X-Forwarded-Port", "443")::get));
        assertNull(ForwardedHeaders.problem(Map.<String, String>of()::get));
    }

    @Test
    void eachMalformedHeaderIsNamed() {
        assertTrue(ForwardedHeaders.problem(Map.of("X-Forwarded-For", ",203.0.113.7")::get).contains("X-Forwarded-For"));
        assertTrue(ForwardedHeaders.problem(Map.of("X-Forwarded-For", "203.0.113.7,")::get).contains("X-Forwarded-For"));
        assertTrue(ForwardedHeaders.problem(Map.of("X-Forwarded-Proto", "https, a b")::get).contains("X-Forwarded-Proto"));
        assertTrue(ForwardedHeaders.problem(Map.of("X-Forwarded-Port", "99999")::get).contains("X-Forwarded-Port"));
    }
}
