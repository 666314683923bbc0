package nl.zelfhulpwijzer.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One way to reach an organisation: an address, a phone or help line, e-mail or website. */
@Entity
@Table(name = "contact_point")
public class ContactPoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public int position;

    @Enumerated(EnumType.STRING)
    public ContactKind kind;

    public String label;

    public String value;

    public String note;
}
