package nl.zelfhulpwijzer.common.versioning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The columns every versioned-content table has (status, created, updated, published: who and when), with the
 * lifecycle's changes to them. A content kind's version entity extends this and adds its key, content and ETag.
 */
@MappedSuperclass
public abstract class VersionRecord extends PanacheEntityBase implements VersionedContent {

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

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

    @Override
    public VersionStatus status() {
        return status;
    }

    @Override
    public void markPublished(String user, Instant at) {
        status = VersionStatus.PUBLISHED;
        publishedBy = user;
        publishedAt = at;
    }

    @Override
    public void markSuperseded() {
        status = VersionStatus.SUPERSEDED;
    }

    /** Records who changed this draft and when. */
    protected void touch(String user, Instant at) {
        updatedBy = user;
        updatedAt = at;
    }
}
