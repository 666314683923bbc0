package nl.zelfhulpwijzer.advice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;
import nl.zelfhulpwijzer.common.versioning.VersionedContent;

/**
 * One version of the criteria catalogue, under the rules of common/versioning; published versions are immutable
 * (enforced by database triggers). Earlier published versions stay PUBLISHED: the newest one is in use.
 */
@Entity
@Table(name = "criteria_catalogue")
public class CriteriaCatalogue extends PanacheEntityBase implements VersionedContent {

    @Id
    public Integer version;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    public String title;

    public String note;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** Goes up with every change of a draft; used as ETag. */
    public int revision;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @OneToMany(mappedBy = "catalogue")
    @OrderBy("position")
    public List<CatalogueCriterion> criteria = new ArrayList<>();

    @Override
    public int number() {
        return version;
    }

    @Override
    public VersionStatus status() {
        return status;
    }

    /** The entity tag of this version's current state, for If-Match. */
    @Override
    public EntityTag etag() {
        return EntityTag.of(revision);
    }

    @Override
    public Optional<String> unpublishable() {
        return criteria.isEmpty() ? Optional.of("Een versie zonder criteria kan niet gepubliceerd worden.") : Optional.empty();
    }

    @Override
    public void markPublished(String user, Instant at) {
        status = VersionStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = user;
    }

    /** Never called: the catalogue keeps earlier publications PUBLISHED (see the class comment and V20's check). */
    @Override
    public void markSuperseded() {
        throw new UnsupportedOperationException("criteria catalogue versions are not superseded");
    }
}
