package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A self-help organisation, family group, support point or other offer in the directory. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    public Approach approach;

    @Enumerated(EnumType.STRING)
    public Country country;

    @Enumerated(EnumType.STRING)
    public OrganisationStatus status;

    public String description;

    /** The umbrella organisation, e.g. Al-Anon for Alateen / Al-Anon ACA; null when there is none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "umbrella_id")
    public Organisation umbrella;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] audiences;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] behaviours;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_section")
    public String sourceSection;

    /** When a person last checked these data; for seed data the year of the source document. */
    @Column(name = "verified_at")
    public LocalDate verifiedAt;

    /** Who last checked these data; null for seed data. */
    @Column(name = "verified_by")
    public String verifiedBy;

    /** Kept by a database trigger; read only here, for text search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ContactPoint> contactPoints = new ArrayList<>();
}
