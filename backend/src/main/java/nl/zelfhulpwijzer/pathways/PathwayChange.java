package nl.zelfhulpwijzer.pathways;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who changed what in which version; append only. */
@Entity
@Table(name = "pathway_change")
public class PathwayChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pathway_id")
    public String pathwayId;

    @Column(name = "version_number")
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    public ChangeAction action;

    public String detail;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    public static PathwayChange of(PathwayVersion version, ChangeAction action, String detail, String user) {
        PathwayChange change = new PathwayChange();
        change.pathwayId = version.pathway.id;
        change.versionNumber = version.number;
        change.action = action;
        change.detail = detail;
        change.changedBy = user;
        change.changedAt = Instant.now();
        return change;
    }
}
