package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A local group or meeting place of an organisation (e.g. one AA group in Utrecht). Reached through a contact
 * role, never a person's name. Table {@code self_help_group} because GROUP is an SQL keyword.
 */
@Entity
@Table(name = "self_help_group")
public class SelfHelpGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    public Location location;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] audiences = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] behaviours = new String[0];

    /** Open (anyone may come, also a professional or relative) or closed (only for those it is meant for). */
    @Column(name = "open_meeting")
    public boolean open = true;

    @Column(name = "dual_diagnosis")
    public boolean dualDiagnosis;

    @Column(name = "inside_institution")
    public boolean insideInstitution;

    /** Accepts the agreed trial of at least six meetings (handbook 002, Verwijzing). */
    @Column(name = "accepts_trial")
    public boolean acceptsTrial;

    @Column(name = "medication_note")
    public String medicationNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] languages = { "nl" };

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] accessibility = new String[0];

    @Column(name = "professional_may_attend")
    public boolean professionalMayAttend;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_role")
    public ContactRole contactRole;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public String website;

    public String notes;

    @Enumerated(EnumType.STRING)
    public GroupStatus status = GroupStatus.ACTIVE;

    /** Fictional example data ("voorbeeldgegevens"), never real. */
    public boolean demo;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayOfWeek, startTime, id")
    public List<Meeting> meetings = new ArrayList<>();

    /** True when nobody has checked the data within {@code reverifyAfter} (or ever). */
    public boolean needsVerification(Instant now, Period reverifyAfter) {
        return verifiedAt == null || verifiedAt.atZone(ZoneOffset.UTC).plus(reverifyAfter).toInstant().isBefore(now);
    }
}
