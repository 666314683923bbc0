package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.zelfhulpwijzer.pathways.Citation;

/** A seeded row taken from a pilot document; it keeps where it came from, so every answer can cite it. */
@MappedSuperclass
public abstract class CitedRecord extends PanacheEntityBase {

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_section")
    public String sourceSection;

    @Column(name = "source_quote")
    public String sourceQuote;

    public Citation citation() {
        return new Citation(sourceDocument, sourceSection, sourceQuote);
    }
}
