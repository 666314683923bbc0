package nl.zelfhulpwijzer.common.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.concurrency.StaleVersion;
import nl.zelfhulpwijzer.common.concurrency.VersionRequired;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.RuleViolation;

/** The lifecycle rules of every kind of versioned content, on a minimal content kind (a version with a text). */
class VersionLifecycleTest {

    /** A content kind as small as it gets: a numbered version holding one text. */
    private static final class Text extends VersionRecord {
        final int number;
        final String text;
        int revision;

        Text(int number, VersionStatus status, String text) {
            this.number = number;
            this.status = status;
            this.text = text;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public EntityTag etag() {
            return EntityTag.of(revision);
        }

        @Override
        public Optional<String> unpublishable() {
            return text.isBlank() ? Optional.of("Een lege tekst kan niet gepubliceerd worden.") : Optional.empty();
        }
    }

    @Test
    void aNewDraftCopiesTheNewestPublicationAndIsNumberedAfterAllVersions() {
        Text old = new Text(1, VersionStatus.SUPERSEDED, "een");
        Text current = new Text(2, VersionStatus.PUBLISHED, "twee");
        VersionLifecycle.NewDraft<Text> next = VersionLifecycle.newDraft(List.of(old, current));
        assertSame(current, next.base());
        assertEquals(3, next.number());
        // a kind that keeps earlier publications PUBLISHED: the newest is the base
        Text earlier = new Text(1, VersionStatus.PUBLISHED, "een");
        assertSame(current, VersionLifecycle.newDraft(List.of(current, earlier)).base());
    }

    @Test
    void oneDraftAtATimeAndOnlyFromAPublication() {
        Text published = new Text(1, VersionStatus.PUBLISHED, "een");
        Text draft = new Text(2, VersionStatus.DRAFT, "twee");
        assertThrows(Conflict.class, () -> VersionLifecycle.newDraft(List.of(published, draft)));
        assertThrows(Conflict.class, () -> VersionLifecycle.newDraft(List.of(draft)));
    }

    @Test
    void onlyADraftIsEditedAndThenOnlyWithTheCurrentIfMatch() {
        Text draft = new Text(2, VersionStatus.DRAFT, "twee");
        draft.revision = 4;
        assertSame(draft, VersionLifecycle.editable(draft, "\"v4\""));
        assertThrows(VersionRequired.class, () -> VersionLifecycle.editable(draft, null));
        assertThrows(StaleVersion.class, () -> VersionLifecycle.editable(draft, "\"v3\""));
        for (VersionStatus frozen : List.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED)) {
            Text version = new Text(1, frozen, "een");
            assertThrows(Conflict.class, () -> VersionLifecycle.editable(version, "\"v0\""));
        }
    }

    @Test
    void publishingNeedsPublishableContentAndTheCurrentPublicationGivesWay() {
        Text empty = new Text(3, VersionStatus.DRAFT, " ");
        assertThrows(RuleViolation.class, () -> VersionLifecycle.publish(empty, "cor", Instant.now()));
        assertEquals(VersionStatus.DRAFT, empty.status);

        Text current = new Text(1, VersionStatus.PUBLISHED, "een");
        Text draft = new Text(2, VersionStatus.DRAFT, "twee");
        VersionLifecycle.supersede(current);
        VersionLifecycle.publish(draft, "cor", Instant.now());
        assertEquals(VersionStatus.SUPERSEDED, current.status);
        assertEquals(VersionStatus.PUBLISHED, draft.status);
        assertEquals("cor", draft.publishedBy);
        assertThrows(Conflict.class, () -> VersionLifecycle.publish(draft, "cor", Instant.now()));
        assertThrows(IllegalStateException.class, () -> VersionLifecycle.supersede(current));
    }
}
