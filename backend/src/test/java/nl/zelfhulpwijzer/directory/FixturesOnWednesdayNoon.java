package nl.zelfhulpwijzer.directory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import nl.zelfhulpwijzer.support.TestClock;

/** Base of the tests on the known directory fixtures, with the clock fixed on Wednesday 12:00 (Amsterdam). */
public abstract class FixturesOnWednesdayNoon {

    @Inject
    protected DirectoryFixtures fixtures;

    @BeforeEach
    void ensureFixturesAndFixTheClock() {
        fixtures.ensure();
        TestClock.fix(DirectoryFixtures.WEDNESDAY_NOON);
    }

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }
}
