package nl.zelfhulpwijzer.pathways;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.error.RuleViolation;

/**
 * One numbered version of a pathway's content. Only a DRAFT may change; publishing freezes it for good
 * (the database refuses changes to published content as well).
 */
@Entity
@DynamicUpdate // write only changed columns: a status change never rewrites frozen content
@Table(name = "pathway_version")
public class PathwayVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_id")
    public Pathway pathway;

    public int number;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public PathwayContent content;

    @Column(name = "based_on")
    public Integer basedOn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

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
        ensureDraft();
        content = content.withStep(step);
        touch(user);
    }

    public void deleteStep(String key, String user) {
        ensureDraft();
        if (content.step(key).isEmpty()) {
            throw new NotFound("Versie " + number + " heeft geen stap '" + key + "'.");
        }
        content = content.withoutStep(key);
        touch(user);
    }

    public void publish(String user, Instant at) {
        ensureDraft();
        if (content.steps().isEmpty()) {
            throw new RuleViolation("Een zorgpad zonder stappen kan niet gepubliceerd worden.");
        }
        status = VersionStatus.PUBLISHED;
        publishedBy = user;
        publishedAt = at;
    }

    /** The previous published version, once a newer one is published. */
    public void supersede() {
        if (status != VersionStatus.PUBLISHED) {
            throw new IllegalStateException("only a published version can be superseded");
        }
        status = VersionStatus.SUPERSEDED;
    }

    public void ensureDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new Conflict("Versie " + number + " is "
                    + (status == VersionStatus.PUBLISHED ? "gepubliceerd" : "vervangen")
                    + " en kan niet meer worden gewijzigd. Maak eerst een nieuw concept.");
        }
    }

    /** The entity tag of this version's current state, for If-Match. */
    public EntityTag etag() {
        return EntityTag.of(lockVersion);
    }

    private void touch(String user) {
        updatedBy = user;
        updatedAt = Instant.now();
    }
}
