package nl.zelfhulpwijzer.pathways;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A care pathway; its content lives in numbered {@link PathwayVersion}s. */
@Entity
@Table(name = "pathway")
public class Pathway extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public PathwayVariant variant;

    @Enumerated(EnumType.STRING)
    public PathwayAudience audience;

    public int position;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
