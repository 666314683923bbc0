package nl.zelfhulpwijzer.pathways;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle.NewDraft;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

/** Loads pathway versions, applies the version rules and records who changed what. */
@ApplicationScoped
public class PathwayService {

    /** A published (or superseded) version with its pathway, as the public sees it. */
    public record Published(Pathway pathway, PathwayVersion version) {
    }

    public List<Published> listPublished(PathwayVariant variant, PathwayAudience audience) {
        List<PathwayVersion> versions = PathwayVersion.<PathwayVersion>find(
                "from PathwayVersion v join fetch v.pathway p where v.status = ?1 order by p.position",
                VersionStatus.PUBLISHED).list();
        return versions.stream()
                .filter(v -> variant == null || v.pathway.variant == variant)
                .filter(v -> audience == null || v.pathway.audience == audience)
                .map(v -> new Published(v.pathway, v))
                .toList();
    }

    /** The published version, or the given public (published or superseded) version. */
    public Published getPublic(String pathwayId, Integer number) {
        Pathway pathway = pathway(pathwayId);
        PathwayVersion version = number == null
                ? PathwayVersion.<PathwayVersion>find("pathway = ?1 and status = ?2", pathway, VersionStatus.PUBLISHED)
                        .firstResultOptional()
                        .orElseThrow(() -> new NotFound("Zorgpad '" + pathwayId + "' heeft nog geen gepubliceerde versie."))
                : version(pathway, number).filter(v -> v.status != VersionStatus.DRAFT)
                        .orElseThrow(() -> new NotFound("Zorgpad '" + pathwayId + "' heeft geen gepubliceerde versie " + number + "."));
        return new Published(pathway, version);
    }

    public List<PathwayVersion> versions(String pathwayId, boolean includeDrafts) {
        Pathway pathway = pathway(pathwayId);
        return PathwayVersion.<PathwayVersion>find("pathway = ?1 order by number", pathway).list().stream()
                .filter(v -> includeDrafts || v.status != VersionStatus.DRAFT)
                .toList();
    }

    /** Any version, drafts included: for coordinators. */
    public PathwayVersion getVersion(String pathwayId, int number) {
        Pathway pathway = pathway(pathwayId);
        return version(pathway, number)
                .orElseThrow(() -> new NotFound("Zorgpad '" + pathwayId + "' heeft geen versie " + number + "."));
    }

    /** The open draft of a pathway: for coordinators. */
    public PathwayVersion getDraft(String pathwayId) {
        Pathway pathway = pathway(pathwayId);
        return PathwayVersion.<PathwayVersion>find("pathway = ?1 and status = ?2", pathway, VersionStatus.DRAFT)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Zorgpad '" + pathwayId + "' heeft geen concept."));
    }

    public List<PathwayChange> changes(String pathwayId) {
        pathway(pathwayId);
        return PathwayChange.<PathwayChange>find("pathwayId = ?1 order by changedAt, id", pathwayId).list();
    }

    @Transactional
    public PathwayVersion createDraft(String pathwayId, String user) {
        Pathway pathway = Pathway.findById(pathwayId, LockModeType.PESSIMISTIC_WRITE);
        if (pathway == null) {
            throw new NotFound("Er is geen zorgpad met id '" + pathwayId + "'.");
        }
        NewDraft<PathwayVersion> next = VersionLifecycle.newDraft(
                PathwayVersion.<PathwayVersion>find("pathway = ?1 order by number", pathway).list());
        PathwayVersion draft = next.base().draftCopy(next.number(), user);
        draft.persist();
        PathwayChange.of(draft, ChangeAction.DRAFT_CREATED, "Concept gemaakt van versie " + next.base().number + ".", user).persist();
        return draft;
    }

    @Transactional
    public PathwayVersion saveStep(String pathwayId, int number, Step step, String ifMatch, String user) {
        PathwayVersion version = editable(pathwayId, number, ifMatch);
        boolean existed = version.content.step(step.key()).isPresent();
        version.saveStep(step, user);
        PathwayChange.of(version, ChangeAction.STEP_SAVED,
                (existed ? "Stap gewijzigd: " : "Stap toegevoegd: ") + step.key(), user).persist();
        return flushed(version);
    }

    @Transactional
    public PathwayVersion deleteStep(String pathwayId, int number, String key, String ifMatch, String user) {
        PathwayVersion version = editable(pathwayId, number, ifMatch);
        version.deleteStep(key, user);
        PathwayChange.of(version, ChangeAction.STEP_DELETED, "Stap verwijderd: " + key, user).persist();
        return flushed(version);
    }

    @Transactional
    public PathwayVersion publish(String pathwayId, int number, String ifMatch, String user) {
        PathwayVersion version = editable(pathwayId, number, ifMatch);
        PathwayVersion.<PathwayVersion>find("pathway = ?1 and status = ?2", version.pathway, VersionStatus.PUBLISHED)
                .firstResultOptional()
                .ifPresent(previous -> {
                    VersionLifecycle.supersede(previous);
                    previous.flush(); // the database allows one published version per pathway
                });
        VersionLifecycle.publish(version, user, Instant.now());
        PathwayChange.of(version, ChangeAction.PUBLISHED, "Versie " + number + " gepubliceerd.", user).persist();
        return flushed(version);
    }

    @Transactional
    public void discardDraft(String pathwayId, int number, String ifMatch, String user) {
        PathwayVersion version = editable(pathwayId, number, ifMatch);
        PathwayChange.of(version, ChangeAction.DRAFT_DISCARDED, "Concept " + number + " weggegooid.", user).persist();
        version.delete();
    }

    private PathwayVersion editable(String pathwayId, int number, String ifMatch) {
        return VersionLifecycle.editable(getVersion(pathwayId, number), ifMatch);
    }

    /** Writes now so that the new lock version (the ETag) is known before answering; a racing write loses with 412. */
    private static PathwayVersion flushed(PathwayVersion version) {
        version.flush();
        return version;
    }

    private static Pathway pathway(String id) {
        Pathway pathway = Pathway.findById(id);
        if (pathway == null) {
            throw new NotFound("Er is geen zorgpad met id '" + id + "'.");
        }
        return pathway;
    }

    private static Optional<PathwayVersion> version(Pathway pathway, int number) {
        return PathwayVersion.<PathwayVersion>find("pathway = ?1 and number = ?2", pathway, number).firstResultOptional();
    }
}
