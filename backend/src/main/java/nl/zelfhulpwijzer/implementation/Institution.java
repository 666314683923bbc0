package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An institution that uses the Zelfhulpwijzer: the code of the token's 'instelling' claim and its name. */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
