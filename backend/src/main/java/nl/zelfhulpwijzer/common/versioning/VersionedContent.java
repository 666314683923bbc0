package nl.zelfhulpwijzer.common.versioning;

import java.time.Instant;
import java.util.Optional;

import nl.zelfhulpwijzer.common.concurrency.EntityTag;

/**
 * One numbered version of some content (a pathway, the criteria catalogue, ...), as {@link VersionLifecycle} sees it.
 * The entity keeps its own content; this is only what the lifecycle rules need.
 */
public interface VersionedContent {

    int number();

    VersionStatus status();

    /** The tag of the current state of this version, for If-Match on its edits. */
    EntityTag etag();

    /** Why this version cannot be published yet (in Dutch, e.g. it has no content), or empty when it can. */
    Optional<String> unpublishable();

    void markPublished(String user, Instant at);

    /** Called on the published version when a newer one is about to be published. */
    void markSuperseded();
}
