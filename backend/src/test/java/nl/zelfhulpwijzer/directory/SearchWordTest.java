package nl.zelfhulpwijzer.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The word list behind typo tolerance (V37) takes in the words of a group's search text when it changes. */
@QuarkusTest
class SearchWordTest {

    @Inject
    DirectoryFixtures fixtures;

    @Inject
    EntityManager em;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Test
    @TestTransaction
    void aRenamedGroupBringsItsWords() {
        em.createNativeQuery("update self_help_group set name = 'AA Zwijndrecht Ochtendgroep' where slug = 'test-aa-utrecht'")
                .executeUpdate();
        List<?> similar = em.createNativeQuery(MeetingSearchSql.SIMILAR_WORDS, String.class)
                .setParameter("term", "zwijndrect").getResultList();
        assertEquals("zwijndrecht", similar.get(0), "a typo finds the new word");
    }
}
