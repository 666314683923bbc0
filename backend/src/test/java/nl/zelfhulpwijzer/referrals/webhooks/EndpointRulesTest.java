package nl.zelfhulpwijzer.referrals.webhooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** https always; http only to this machine and only where allowed (development, tests). */
class EndpointRulesTest {

    @Test
    void httpsIsAlwaysAccepted() {
        assertFalse(EndpointRules.problemWith("https://epd.example.nl/hook", false).isPresent());
    }

    @Test
    void plainHttpOnlyToThisMachineAndOnlyWhenAllowed() {
        assertTrue(EndpointRules.problemWith("http://localhost:9000/hook", false).isPresent());
        assertFalse(EndpointRules.problemWith("http://localhost:9000/hook", true).isPresent());
        assertFalse(EndpointRules.problemWith("http://127.0.0.1:9000/hook", true).isPresent());
        assertTrue(EndpointRules.problemWith("http://epd.example.nl/hook", true).isPresent());
    }

    @Test
    void malformedAddressesAreRefused() {
        assertTrue(EndpointRules.problemWith(null, true).isPresent());
        assertTrue(EndpointRules.problemWith("epd.example.nl/hook", true).isPresent());
        assertTrue(EndpointRules.problemWith("ftp://epd.example.nl/hook", true).isPresent());
        assertTrue(EndpointRules.problemWith("https://user:pw@epd.example.nl/hook", true).isPresent());
        assertTrue(EndpointRules.problemWith("https://epd.example.nl/" + "a".repeat(2000), true).isPresent());
        assertTrue(EndpointRules.problemWith("https://epd example.nl", true).isPresent());
    }
}
