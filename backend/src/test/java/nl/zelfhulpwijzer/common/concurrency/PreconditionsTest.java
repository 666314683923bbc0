package nl.zelfhulpwijzer.common.concurrency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The one If-Match rule: required on a versioned write, 428 when missing, 412 when it is not the current state. */
class PreconditionsTest {

    private static final EntityTag CURRENT = EntityTag.of(3);

    @Test
    void tagsAreQuotedWithAVAndTheirCounters() {
        assertEquals("\"v3\"", EntityTag.of(3).value());
        assertEquals("\"v2.5\"", EntityTag.of(2, 5).value());
        assertThrows(IllegalArgumentException.class, () -> new EntityTag("\"2.5\""));
        assertThrows(IllegalArgumentException.class, () -> new EntityTag("v3"));
    }

    @Test
    void missingIfMatchIsRefusedAsRequired() {
        assertThrows(VersionRequired.class, () -> Preconditions.requireMatch(null, CURRENT));
        assertThrows(VersionRequired.class, () -> Preconditions.requireMatch("  ", CURRENT));
    }

    @Test
    void anotherStateIsStale() {
        assertThrows(StaleVersion.class, () -> Preconditions.requireMatch("\"v2\"", CURRENT));
        assertThrows(StaleVersion.class, () -> Preconditions.requireMatch("v3", CURRENT));
        assertThrows(StaleVersion.class, () -> Preconditions.requireMatch("\"3\"", CURRENT));
    }

    @Test
    void theCurrentTagMatchesAlsoWeakInAListOrAsAnyState() {
        assertDoesNotThrow(() -> Preconditions.requireMatch("\"v3\"", CURRENT));
        assertDoesNotThrow(() -> Preconditions.requireMatch("W/\"v3\"", CURRENT));
        assertDoesNotThrow(() -> Preconditions.requireMatch("\"v1\", \"v3\"", CURRENT));
        assertDoesNotThrow(() -> Preconditions.requireMatch("*", CURRENT));
    }

    @Test
    void aResourceNotStoredYetIsCreatedWithoutIfMatchAndAnySentTagIsStale() {
        assertDoesNotThrow(() -> Preconditions.requireMatchUnlessNew(null, Optional.empty()));
        assertThrows(StaleVersion.class, () -> Preconditions.requireMatchUnlessNew("\"v1\"", Optional.empty()));
        assertThrows(StaleVersion.class, () -> Preconditions.requireMatchUnlessNew("*", Optional.empty()));
        assertThrows(VersionRequired.class, () -> Preconditions.requireMatchUnlessNew(null, Optional.of(CURRENT)));
        assertDoesNotThrow(() -> Preconditions.requireMatchUnlessNew("\"v3\"", Optional.of(CURRENT)));
    }
}
