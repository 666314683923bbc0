package nl.zelfhulpwijzer.implementation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;

/** The implementation plan per institution. Every query is filtered by the caller's institution. */
@ApplicationScoped
public class ImplementationPlanService {

    /** A step of the plan with the institution's progress (null when nothing was recorded yet). */
    public record PlanEntry(ImplementationStep step, InstitutionPlanStep progress) {
    }

    public List<PlanEntry> plan(String institution) {
        Map<Integer, InstitutionPlanStep> progress = InstitutionPlanStep.<InstitutionPlanStep>list("institution", institution)
                .stream().collect(Collectors.toMap(p -> p.stepNumber, Function.identity()));
        return ImplementationStep.<ImplementationStep>listAll(Sort.by("number")).stream()
                .map(s -> new PlanEntry(s, progress.get(s.number)))
                .toList();
    }

    @Transactional
    public PlanEntry update(String institution, int number, PlanUpdate update, Integer expectedVersion, String user) {
        ImplementationStep step = ImplementationStep.findById(number);
        if (step == null) {
            throw ProblemException.notFound("Het stappenplan heeft geen stap " + number + ".");
        }
        var errors = update.problems();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        InstitutionPlanStep progress = InstitutionPlanStep.<InstitutionPlanStep>find("institution = ?1 and stepNumber = ?2",
                institution, number).firstResult();
        int current = progress == null ? -1 : progress.version;
        if (expectedVersion != null && expectedVersion != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "Iemand anders heeft deze stap intussen gewijzigd. "
                    + "Haal het stappenplan opnieuw op en probeer het nog eens.");
        }
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
        try {
            progress.persistAndFlush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(ProblemType.CONFLICT, "Iemand anders wijzigde deze stap tegelijk. Probeer het opnieuw.");
        }
        return new PlanEntry(step, progress);
    }
}
