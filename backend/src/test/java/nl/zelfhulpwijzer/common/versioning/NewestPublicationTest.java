package nl.zelfhulpwijzer.common.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class NewestPublicationTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger newest = new AtomicInteger(1);
    private final List<String> reads = new ArrayList<>();
    private final NewestPublication<String> held = new NewestPublication<>("catalogue", Duration.ofSeconds(1), nanos::get);

    private String get() {
        return held.get(() -> {
            reads.add("number");
            return newest.get() == 0 ? Optional.empty() : Optional.of(newest.get());
        }, v -> {
            reads.add("load " + v);
            return "version " + v;
        }, () -> new IllegalStateException("none"));
    }

    @Test
    void readsTheDatabaseOnceAndThenOnlyAfterTheRecheckTime() {
        assertEquals("version 1", get());
        assertEquals("version 1", get());
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals("version 1", get());
        assertEquals(List.of("number", "load 1"), reads);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals("version 1", get());
        assertEquals(List.of("number", "load 1", "number"), reads, "same number: the content is not loaded again");
    }

    @Test
    void aPublicationOnThisInstanceIsUsedByTheNextRequest() {
        get();
        newest.set(2);
        assertEquals("version 1", get(), "not yet told");
        held.published(new VersionPublished("catalogue", 2));
        assertEquals("version 2", get());
    }

    @Test
    void aPublicationOnAnotherInstanceIsSeenAfterTheRecheckTime() {
        get();
        newest.set(2);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals("version 2", get());
    }

    @Test
    void aPublicationOfAnotherKindChangesNothing() {
        get();
        newest.set(2);
        held.published(new VersionPublished("pathway", 7));
        assertEquals("version 1", get());
    }

    @Test
    void nothingPublishedIsTheCallersError() {
        newest.set(0);
        assertThrows(IllegalStateException.class, this::get);
    }
}
