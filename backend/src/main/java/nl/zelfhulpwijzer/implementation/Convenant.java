package nl.zelfhulpwijzer.implementation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The convenant between an institution and self-help organisations (002, step 11). One per institution. */
@Entity
@Table(name = "convenant")
public class Convenant extends TenantRecord {

    public enum Status {
        DRAFT, SIGNED
    }

    @Enumerated(EnumType.STRING)
    public Status status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] parties;

    public String principles;

    public String agreements;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "evaluation_date")
    public LocalDate evaluationDate;
}
