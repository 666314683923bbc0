package nl.zelfhulpwijzer.implementation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.zelfhulpwijzer.common.error.NotFound;

/** The self-assessment against the pilot's advices, per institution. Every query is filtered by institution. */
@ApplicationScoped
public class SelfAssessmentService {

    public record Entry(PilotAdvice advice, AdviceAssessment assessment) {
    }

    public List<Entry> list(String institution) {
        Map<String, AdviceAssessment> own = AdviceAssessment.<AdviceAssessment>list("institution", institution).stream()
                .collect(Collectors.toMap(a -> a.adviceCode, Function.identity()));
        return PilotAdvice.<PilotAdvice>listAll(Sort.by("position")).stream()
                .map(a -> new Entry(a, own.get(a.code)))
                .toList();
    }

    @Transactional
    public Entry assess(String institution, String code, AssessmentStatus status, String note, String user) {
        PilotAdvice advice = PilotAdvice.findById(code);
        if (advice == null) {
            throw new NotFound("De adviesnota heeft geen advies '" + code + "'.");
        }
        AdviceAssessment assessment = AdviceAssessment.<AdviceAssessment>find("institution = ?1 and adviceCode = ?2",
                institution, code).firstResult();
        if (assessment == null) {
            assessment = new AdviceAssessment();
            assessment.institution = institution;
            assessment.adviceCode = code;
        }
        assessment.status = status;
        assessment.note = note == null || note.isBlank() ? null : note.trim();
        assessment.stamp(user);
        assessment.persistAndFlush();
        return new Entry(advice, assessment);
    }
}
