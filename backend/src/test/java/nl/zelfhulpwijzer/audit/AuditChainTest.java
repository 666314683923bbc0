package nl.zelfhulpwijzer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final AuditActor ACTOR = new AuditActor("mila", "medewerker", null, "demo", "zelfhulpwijzer-web", "10.0.0.1", "r-1");

    private static AuditEvent event(int n) {
        return AuditEvent.success(Instant.parse("2026-12-02T12:00:00.123456789Z").plusSeconds(n), AuditAction.READ, ACTOR,
                "epd-" + n + "abc", "Referral", "id-" + n, AuditPurpose.CARE);
    }

    private static List<StoredAuditEvent> chain(int size) {
        List<StoredAuditEvent> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int n = 1; n <= size; n++) {
            String hash = AuditChain.hash(previous, event(n));
            chain.add(new StoredAuditEvent(n, event(n), previous, hash));
            previous = hash;
        }
        return chain;
    }

    private static Optional<String> firstBroken(List<StoredAuditEvent> chain) {
        String expected = null;
        for (StoredAuditEvent stored : chain) {
            Optional<String> broken = AuditChain.brokenLink(stored, expected);
            if (broken.isPresent()) {
                return broken;
            }
            expected = stored.hash();
        }
        return Optional.empty();
    }

    @Test
    void anIntactChainVerifiesAndTimesAreKeptToTheMicrosecond() {
        assertEquals(Optional.empty(), firstBroken(chain(5)));
        assertEquals(Instant.parse("2026-12-02T12:00:01.123456Z"), event(1).occurredAt());
        assertEquals(64, chain(1).get(0).hash().length());
    }

    @Test
    void aChangedEventIsNamed() {
        List<StoredAuditEvent> chain = chain(5);
        StoredAuditEvent third = chain.get(2);
        AuditEvent changed = new AuditEvent(third.event().occurredAt(), AuditAction.READ, "SUCCESS",
                new AuditActor("someone-else", "medewerker", null, "demo", "zelfhulpwijzer-web", "10.0.0.1", "r-1"),
                third.event().clientRef(), "Referral", third.event().resourceId(), AuditPurpose.CARE);
        chain.set(2, new StoredAuditEvent(3, changed, third.previousHash(), third.hash()));
        assertTrue(firstBroken(chain).orElseThrow().startsWith("Gebeurtenis 3 is na het vastleggen gewijzigd"));
    }

    @Test
    void aRemovedEventIsNamedAtTheNextLink() {
        List<StoredAuditEvent> chain = chain(5);
        chain.remove(1);
        assertTrue(firstBroken(chain).orElseThrow().startsWith("Gebeurtenis 3 verwijst niet"));
    }

    @Test
    void theHashDependsOnThePreviousOne() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, event(1)), AuditChain.hash("f".repeat(64), event(1)));
    }
}
