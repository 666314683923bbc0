package nl.zelfhulpwijzer.common.versioning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.zelfhulpwijzer.common.concurrency.Preconditions;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.RuleViolation;

/**
 * The rules of versioned content, the same for every kind: a new draft is a copy of the current published version,
 * one draft at a time; only a draft changes (with If-Match), is published or discarded; published versions never
 * change and stay as history (the database enforces it too, V45). A kind with one publication at a time (pathways)
 * supersedes the previous one; a kind that keeps every publication in use by number (the criteria catalogue, whose
 * newest is current) does not.
 */
public final class VersionLifecycle {

    private VersionLifecycle() {
    }

    /** What a new draft starts from: a copy of {@code base}, numbered {@code number}. */
    public record NewDraft<V extends VersionedContent>(V base, int number) {
    }

    /** The base and number of a new draft among all versions of one content; 409 when a draft exists or none is published. */
    public static <V extends VersionedContent> NewDraft<V> newDraft(List<V> versions) {
        versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst().ifPresent(draft -> {
            throw new Conflict("Er is al een concept (versie " + draft.number() + "). Werk dat bij, publiceer het of gooi het weg.");
        });
        V base = current(versions).orElseThrow(() -> new Conflict("Er is nog geen gepubliceerde versie om van uit te gaan."));
        int next = versions.stream().mapToInt(VersionedContent::number).max().orElse(0) + 1;
        return new NewDraft<>(base, next);
    }

    /** The published version in use: the newest with status PUBLISHED. */
    public static <V extends VersionedContent> Optional<V> current(List<V> versions) {
        return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED)
                .max(Comparator.comparingInt(VersionedContent::number));
    }

    /** A draft about to change, be published or be discarded: 409 when it is not a draft, then 428/412 on If-Match. */
    public static <V extends VersionedContent> V editable(V version, String ifMatch) {
        requireDraft(version);
        Preconditions.requireMatch(ifMatch, version.etag());
        return version;
    }

    public static void requireDraft(VersionedContent version) {
        if (version.status() != VersionStatus.DRAFT) {
            throw new Conflict("Versie " + version.number() + " is "
                    + (version.status() == VersionStatus.PUBLISHED ? "gepubliceerd" : "vervangen")
                    + " en kan niet meer worden gewijzigd. Maak eerst een nieuw concept.");
        }
    }

    /**
     * The current publication gives way to a newer one. Call it before {@link #publish} and write it first where the
     * database allows one published version at a time; a failing publish rolls both back.
     */
    public static void supersede(VersionedContent published) {
        if (published.status() != VersionStatus.PUBLISHED) {
            throw new IllegalStateException("only a published version can be superseded");
        }
        published.markSuperseded();
    }

    /** Publishes the draft: 409 when it is no draft, 422 when it cannot be published (e.g. it has no content). */
    public static void publish(VersionedContent draft, String user, Instant at) {
        requireDraft(draft);
        draft.unpublishable().ifPresent(reason -> {
            throw new RuleViolation(reason);
        });
        draft.markPublished(user, at);
    }
}
