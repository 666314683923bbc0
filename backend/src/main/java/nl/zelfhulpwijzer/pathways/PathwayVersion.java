package nl.zelfhulpwijzer.pathways;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle;
import nl.zelfhulpwijzer.common.versioning.VersionRecord;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

/**
 * One numbered version of a pathway's content, under the rules of common/versioning: only a DRAFT may change;
 * publishing freezes it for good (the database refuses changes to published content as well).
 */
@Entity
@DynamicUpdate // write only changed columns: a status change never rewrites frozen content
@Table(name = "pathway_version")
public class PathwayVersion extends VersionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id")
    public Pathway pathway;

    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    public PathwayContent content;

    @Column(name = "based_on")
    public Integer basedOn;

    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    /** A new draft with a copy of this version's content. */
    public PathwayVersion draftCopy(int newNumber, String user) {
        PathwayVersion draft = new PathwayVersion();
        draft.pathway = pathway;
        draft.number = newNumber;
        draft.status = VersionStatus.DRAFT;
        draft.content = content;
        draft.basedOn = number;
        draft.createdBy = user;
        return draft;
    }

    public void saveStep(Step step, String user) {
        VersionLifecycle.requireDraft(this);
        content = content.withStep(step);
        touch(user, Instant.now());
    }

    public void deleteStep(String key, String user) {
        VersionLifecycle.requireDraft(this);
        if (content.step(key).isEmpty()) {
            throw new NotFound("Versie " + number + " heeft geen stap '" + key + "'.");
        }
        content = content.withoutStep(key);
        touch(user, Instant.now());
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public Optional<String> unpublishable() {
        return content.steps().isEmpty() ? Optional.of("Een zorgpad zonder stappen kan niet gepubliceerd worden.") : Optional.empty();
    }

    /** The entity tag of this version's current state, for If-Match. */
    @Override
    public EntityTag etag() {
        return EntityTag.of(lockVersion);
    }
}
