package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegisterFilterTest {

    private static final Instant THRESHOLD = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void noFilterHidesOnlyDemoData() {
        RegisterFilter.Condition c = new RegisterFilter(null, " ", null, null, null, false).condition(THRESHOLD);
        assertEquals("g.demo = false", c.where());
        assertEquals(List.of(), c.parameters());
        assertEquals("true", new RegisterFilter(null, null, null, null, null, true).condition(THRESHOLD).where());
    }

    @Test
    void everyWordMustMatchGroupOrOrganisationAndPlaceIsCaseInsensitive() {
        RegisterFilter.Condition c = new RegisterFilter(" AA  Bron ", "UTRECHT", "aa-nederland", null, GroupStatus.ACTIVE, true)
                .condition(THRESHOLD);
        assertEquals(List.of("%aa%", "%bron%", "%utrecht%", "aa-nederland", GroupStatus.ACTIVE), c.parameters());
        assertEquals("(lower(g.name) like ?1 or lower(o.name) like ?1 or lower(coalesce(o.shortName, '')) like ?1)"
                + " and (lower(g.name) like ?2 or lower(o.name) like ?2 or lower(coalesce(o.shortName, '')) like ?2)"
                + " and lower(coalesce(l.city, '')) like ?3 and o.id = ?4 and g.status = ?5", c.where());
    }

    @Test
    void dueMeansNeverOrBeforeTheThresholdAndCurrentTheRest() {
        RegisterFilter.Condition due = new RegisterFilter(null, null, null, RegisterFilter.Verification.DUE, null, true)
                .condition(THRESHOLD);
        assertEquals("(g.verifiedAt is null or g.verifiedAt < ?1)", due.where());
        assertEquals(List.of(THRESHOLD), due.parameters());
        assertEquals("g.verifiedAt >= ?1",
                new RegisterFilter(null, null, null, RegisterFilter.Verification.CURRENT, null, true).condition(THRESHOLD).where());
    }
}
