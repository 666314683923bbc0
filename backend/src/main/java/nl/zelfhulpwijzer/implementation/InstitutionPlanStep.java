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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An institution's progress on one step of the plan. Tenant data: always read and written by institution. */
@Entity
@Table(name = "institution_plan_step")
public class InstitutionPlanStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String institution;

    @Column(name = "step_number")
    public int stepNumber;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role")
    public OwnerRole ownerRole;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "completed_date")
    public LocalDate completedDate;

    public String notes;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
