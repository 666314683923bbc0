package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 14 steps of 002's implementation plan: shared content, with its citation. */
@Entity
@Table(name = "implementation_step")
public class ImplementationStep extends CitedRecord {

    @Id
    public int number;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_owner")
    public OwnerRole defaultOwner;
}
