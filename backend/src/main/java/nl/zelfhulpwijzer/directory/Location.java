package nl.zelfhulpwijzer.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting place: venue, address, postcode, city, country and coordinates. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The venue, e.g. "Buurthuis De Linde". */
    public String name;

    public String address;

    public String postcode;

    public String city;

    public String region;

    @Enumerated(EnumType.STRING)
    public Country country;

    public Double latitude;

    public Double longitude;

    /** Only the town is known, not the exact place (Meeting Guide {@code approximate}). */
    public boolean approximate;

    public boolean demo;

    /** Kept by a database trigger (V65). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    /** A specific address someone can walk into. */
    public boolean isSpecific() {
        return !approximate && address != null && !address.isBlank();
    }
}
