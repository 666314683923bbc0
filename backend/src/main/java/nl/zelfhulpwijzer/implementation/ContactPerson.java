package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A contact person of the institution for self-help. Tenant data. */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends TenantRecord {

    public enum Role {
        AANDACHTSFUNCTIONARIS, LIJNVERANTWOORDELIJKE, CONTACTPERSOON_GROEP, STEUNPUNT, ERVARINGSDESKUNDIGE, MAKELAAR
    }

    @Enumerated(EnumType.STRING)
    public Role role;

    public String name;

    public String function;

    public String organisation;

    public String email;

    public String phone;

    public String notes;
}
