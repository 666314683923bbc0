package nl.zelfhulpwijzer.implementation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One numbered advice of the pilot's advisory note (002): shared content, with its citation. */
@Entity
@Table(name = "pilot_advice")
public class PilotAdvice extends CitedRecord {

    @Id
    public String code;

    public int position;

    @Enumerated(EnumType.STRING)
    public AdviceArea area;

    public String text;

    public String executor;
}
