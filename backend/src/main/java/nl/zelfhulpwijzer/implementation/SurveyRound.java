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
import nl.zelfhulpwijzer.common.error.Conflict;

/** A round of the staff survey of one institution: the baseline (nulmeting) or a follow-up. Tenant data. */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends PanacheEntityBase {

    public enum Kind {
        BASELINE, FOLLOW_UP
    }

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String label;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;

    public void close(Instant at) {
        if (status != Status.OPEN) {
            throw new Conflict("Deze ronde is al gesloten.");
        }
        status = Status.CLOSED;
        closedAt = at;
    }

    public void ensureOpen() {
        if (status != Status.OPEN) {
            throw new Conflict("Deze ronde is gesloten; er kunnen geen antwoorden meer bij.");
        }
    }
}
