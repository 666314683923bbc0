package nl.zelfhulpwijzer.implementation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A material stand with its owner, or a meeting room offered to a group. Tenant data. */
@Entity
@Table(name = "facility")
public class Facility extends PanacheEntityBase {

    public enum Kind {
        MATERIAL_STAND, MEETING_ROOM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String location;

    public String responsible;

    public String schedule;

    @Column(name = "last_checked")
    public LocalDate lastChecked;

    public String notes;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
