package nl.zelfhulpwijzer.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Replaces the application clock in tests: the real time unless a test fixes it with {@link #fix(Instant)}. */
@ApplicationScoped
public class TestClock {

    private static volatile Instant fixed;

    public static void fix(Instant instant) {
        fixed = instant;
    }

    public static void reset() {
        fixed = null;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant value = fixed;
                return value != null ? value : Instant.now();
            }
        };
    }
}
