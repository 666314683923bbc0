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

/** An institution's self-assessment of one advice. Tenant data. */
@Entity
@Table(name = "institution_advice_assessment")
public class AdviceAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

    @Column(name = "advice_code")
    public String adviceCode;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    public String note;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
