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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The convenant between an institution and self-help organisations (002, step 11). One per institution. */
@Entity
@Table(name = "convenant")
public class Convenant extends PanacheEntityBase {

    public enum Status {
        DRAFT, SIGNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

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

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
