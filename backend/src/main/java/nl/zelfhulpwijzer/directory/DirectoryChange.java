package nl.zelfhulpwijzer.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One changed field of a group or meeting: old and new value, who and when. */
@Entity
@Table(name = "directory_change")
public class DirectoryChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_key")
    public String entityKey;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "organisation_id")
    public String organisationId;

    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
