package nl.zelfhulpwijzer.implementation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A material stand with its owner, or a meeting room offered to a group. Tenant data. */
@Entity
@Table(name = "facility")
public class Facility extends TenantRecord {

    public enum Kind {
        MATERIAL_STAND, MEETING_ROOM
    }

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String location;

    public String responsible;

    public String schedule;

    @Column(name = "last_checked")
    public LocalDate lastChecked;

    public String notes;
}
