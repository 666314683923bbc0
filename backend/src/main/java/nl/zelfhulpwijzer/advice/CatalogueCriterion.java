package nl.zelfhulpwijzer.advice;

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
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A criterion row of one catalogue version; see {@link Criterion} for the domain view. */
@Entity
@Table(name = "criterion")
public class CatalogueCriterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_version")
    public CriteriaCatalogue catalogue;

    public String code;

    public int position;

    @Enumerated(EnumType.STRING)
    public CriterionKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] approaches;

    @Column(name = "organisation_kinds")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] organisationKinds;

    @Column(name = "organisation_ids")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] organisationIds;

    public String text;

    public String action;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_section")
    public String sourceSection;

    @Column(name = "source_quote")
    public String sourceQuote;

    public boolean inference;
}
