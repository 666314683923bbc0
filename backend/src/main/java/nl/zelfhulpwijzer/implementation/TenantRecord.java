package nl.zelfhulpwijzer.implementation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.zelfhulpwijzer.common.concurrency.EntityTag;

/**
 * Columns every tenant table of this feature has: the owning institution, who changed the row last and when,
 * and the version for optimistic locking. Always read and write these rows by institution.
 */
@MappedSuperclass
public abstract class TenantRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** The tag of a row not stored yet; a stored row's tag counts its saves, so it never equals this one. */
    public static final EntityTag NOT_STORED = EntityTag.of(0);

    /** The ETag of the stored state, for If-Match: "v1" after the first save (JPA starts the version at 0). */
    public EntityTag etag() {
        return EntityTag.of(version + 1L);
    }

    /** Records who changed this row and when; call just before persisting. */
    public void stamp(String user) {
        updatedBy = user;
        updatedAt = Instant.now();
    }
}
