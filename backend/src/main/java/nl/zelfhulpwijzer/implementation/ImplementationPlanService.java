package nl.zelfhulpwijzer.implementation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.concurrency.Preconditions;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;

/** The implementation plan per institution. Every query is filtered by the caller's institution. */
@ApplicationScoped
public class ImplementationPlanService {

    /** A step of the plan with the institution's progress (null when nothing was recorded yet). */
    public record PlanEntry(ImplementationStep step, InstitutionPlanStep progress) {

        /** A step without recorded progress has a tag too, so that the first save is checked like any other. */
        public EntityTag etag() {
            return progress == null ? TenantRecord.NOT_STORED : progress.etag();
        }
    }

    public List<PlanEntry> plan(String institution) {
        Map<Integer, InstitutionPlanStep> progress = InstitutionPlanStep.<InstitutionPlanStep>list("institution", institution)
                .stream().collect(Collectors.toMap(p -> p.stepNumber, Function.identity()));
        return ImplementationStep.<ImplementationStep>listAll(Sort.by("number")).stream()
                .map(s -> new PlanEntry(s, progress.get(s.number)))
                .toList();
    }

    @Transactional
    public PlanEntry update(String institution, int number, PlanUpdate update, String ifMatch, String user) {
        ImplementationStep step = ImplementationStep.findById(number);
        if (step == null) {
            throw new NotFound("Het stappenplan heeft geen stap " + number + ".");
        }
        InvalidInput.failOn(update.problems());
        InstitutionPlanStep progress = InstitutionPlanStep.<InstitutionPlanStep>find("institution = ?1 and stepNumber = ?2",
                institution, number).firstResult();
        Preconditions.requireMatch(ifMatch, new PlanEntry(step, progress).etag());
        if (progress == null) {
            progress = new InstitutionPlanStep();
            progress.institution = institution;
            progress.stepNumber = number;
        }
        progress.status = update.status();
        progress.ownerRole = update.ownerRole();
        progress.startDate = update.startDate();
        progress.dueDate = update.dueDate();
        progress.completedDate = update.completedDate();
        progress.notes = update.notes() == null || update.notes().isBlank() ? null : update.notes().trim();
        progress.stamp(user);
        progress.persistAndFlush();
        return new PlanEntry(step, progress);
    }
}
