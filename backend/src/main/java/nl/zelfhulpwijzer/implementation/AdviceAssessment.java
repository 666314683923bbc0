package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An institution's self-assessment of one advice. Tenant data. */
@Entity
@Table(name = "institution_advice_assessment")
public class AdviceAssessment extends TenantRecord {

    @Column(name = "advice_code")
    public String adviceCode;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    public String note;
}
