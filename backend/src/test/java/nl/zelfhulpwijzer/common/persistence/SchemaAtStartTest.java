package nl.zelfhulpwijzer.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchemaAtStartTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @Inject
    SchemaAtStart schema;

    @Test
    void newestMigrationIsTheNewestFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
            assertEquals(String.valueOf(newest), SchemaAtStart.NEWEST_MIGRATION,
                    "a new migration: set SchemaAtStart.NEWEST_MIGRATION to its version");
        }
    }

    @Test
    void aMigratedDatabaseHasTheNewestMigration() {
        assertTrue(schema.hasNewestMigration());
    }
}
