package nl.zelfhulpwijzer.advice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** One version of the criteria catalogue. Published versions are immutable (enforced by database triggers). */
@Entity
@Table(name = "criteria_catalogue")
public class CriteriaCatalogue extends PanacheEntityBase {

    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    public Integer version;

    @Enumerated(EnumType.STRING)
    public Status status;

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

    /** The entity tag of this version's current state, for If-Match. */
    public EntityTag etag() {
        return EntityTag.of(revision);
    }
}
