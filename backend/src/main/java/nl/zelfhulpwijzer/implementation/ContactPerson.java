package nl.zelfhulpwijzer.implementation;

import java.time.Instant;

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

/** A contact person of the institution for self-help. Tenant data. */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends PanacheEntityBase {

    public enum Role {
        AANDACHTSFUNCTIONARIS, LIJNVERANTWOORDELIJKE, CONTACTPERSOON_GROEP, STEUNPUNT, ERVARINGSDESKUNDIGE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

    @Enumerated(EnumType.STRING)
    public Role role;

    public String name;

    public String function;

    public String organisation;

    public String email;

    public String phone;

    public String notes;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
