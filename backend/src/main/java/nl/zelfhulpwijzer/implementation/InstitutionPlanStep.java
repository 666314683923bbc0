package nl.zelfhulpwijzer.implementation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An institution's progress on one step of the plan. Tenant data: always read and written by institution. */
@Entity
@Table(name = "institution_plan_step")
public class InstitutionPlanStep extends TenantRecord {

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
}
