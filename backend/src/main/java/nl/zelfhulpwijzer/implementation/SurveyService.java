package nl.zelfhulpwijzer.implementation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import nl.zelfhulpwijzer.common.error.Conflict;
import nl.zelfhulpwijzer.common.error.InvalidInput;
import nl.zelfhulpwijzer.common.error.NotFound;

/**
 * The anonymous staff survey per institution. A response is stored without user, time or a sequential id; who took
 * part is stored apart, as a hash per round, only to refuse a second response.
 */
@ApplicationScoped
public class SurveyService {

    /** Counts of one question in one round: how many responses answered it, and how often each value was chosen. */
    public record Tally(long answered, long[] counts) {
    }

    @Inject
    EntityManager em;

    public List<SurveyQuestion> questions() {
        return SurveyQuestion.listAll(Sort.by("position"));
    }

    public List<SurveyRound> rounds(String institution) {
        return SurveyRound.list("institution", Sort.by("openedAt").and("id"), institution);
    }

    public SurveyRound round(String institution, long id) {
        return SurveyRound.<SurveyRound>find("id = ?1 and institution = ?2", id, institution).firstResultOptional()
                .orElseThrow(() -> new NotFound("Uw instelling heeft geen ronde " + id + "."));
    }

    @Transactional
    public SurveyRound open(String institution, SurveyRound.Kind kind, String label, String user) {
        List<SurveyRound> existing = rounds(institution);
        if (existing.stream().anyMatch(r -> r.status == SurveyRound.Status.OPEN)) {
            throw new Conflict("Er loopt al een ronde. Sluit die eerst.");
        }
        boolean hasBaseline = existing.stream().anyMatch(r -> r.kind == SurveyRound.Kind.BASELINE);
        if (kind == SurveyRound.Kind.BASELINE && hasBaseline) {
            throw new Conflict("Er is al een nulmeting. Start een vervolgmeting.");
        }
        if (kind == SurveyRound.Kind.FOLLOW_UP && !hasBaseline) {
            throw new Conflict("Start eerst een nulmeting.");
        }
        SurveyRound round = new SurveyRound();
        round.institution = institution;
        round.kind = kind;
        round.label = label.trim();
        round.status = SurveyRound.Status.OPEN;
        round.openedBy = user;
        round.openedAt = Instant.now();
        round.persistAndFlush();
        return round;
    }

    @Transactional
    public SurveyRound close(String institution, long id) {
        SurveyRound round = round(institution, id);
        round.close(Instant.now());
        round.flush();
        return round;
    }

    public boolean hasResponded(SurveyRound round, String user) {
        return ((Number) em.createNativeQuery("select count(*) from survey_participation where round_id = ?1 and participant_hash = ?2")
                .setParameter(1, round.id).setParameter(2, participantHash(round, user)).getSingleResult()).longValue() > 0;
    }

    public long respondents(long roundId) {
        return ((Number) em.createNativeQuery("select count(*) from survey_response where round_id = ?1")
                .setParameter(1, roundId).getSingleResult()).longValue();
    }

    @Transactional
    public void respond(String institution, long roundId, List<SurveyRules.Answer> answers, String user) {
        SurveyRound round = round(institution, roundId);
        round.ensureOpen();
        Map<String, SurveyQuestion> questions = questions().stream().collect(Collectors.toMap(q -> q.code, Function.identity()));
        var errors = SurveyRules.validate(questions, answers);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int inserted = em.createNativeQuery("insert into survey_participation (round_id, participant_hash) values (?1, ?2) "
                + "on conflict do nothing")
                .setParameter(1, round.id).setParameter(2, participantHash(round, user)).executeUpdate();
        if (inserted == 0) {
            throw new Conflict("U heeft in deze ronde al geantwoord.");
        }
        UUID response = UUID.randomUUID();
        em.createNativeQuery("insert into survey_response (id, round_id) values (?1, ?2)")
                .setParameter(1, response).setParameter(2, round.id).executeUpdate();
        for (SurveyRules.Answer answer : answers) {
            for (Integer value : answer.values()) {
                em.createNativeQuery("insert into survey_answer (response_id, question_code, value) values (?1, ?2, ?3)")
                        .setParameter(1, response).setParameter(2, answer.question()).setParameter(3, value).executeUpdate();
            }
        }
    }

    /** Per question code, the tally of one round. Callers decide what may be shown. */
    public Map<String, Tally> tally(long roundId, List<SurveyQuestion> questions) {
        Map<String, Tally> result = new HashMap<>();
        Map<String, SurveyQuestion> byCode = questions.stream().collect(Collectors.toMap(q -> q.code, Function.identity()));
        @SuppressWarnings("unchecked")
        List<Object[]> answered = em.createNativeQuery("select a.question_code, count(distinct a.response_id) from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.round_id = ?1 group by a.question_code")
                .setParameter(1, roundId).getResultList();
        for (Object[] row : answered) {
            SurveyQuestion q = byCode.get((String) row[0]);
            result.put(q.code, new Tally(((Number) row[1]).longValue(), new long[q.valueCount()]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("select a.question_code, a.value, count(*) from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.round_id = ?1 group by a.question_code, a.value")
                .setParameter(1, roundId).getResultList();
        for (Object[] row : counts) {
            SurveyQuestion q = byCode.get((String) row[0]);
            int value = ((Number) row[1]).intValue();
            int index = q.kind == SurveyQuestion.Kind.SCALE ? value - 1 : value;
            result.get(q.code).counts()[index] = ((Number) row[2]).longValue();
        }
        return result;
    }

    private static String participantHash(SurveyRound round, String user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("survey:" + round.id + ":" + round.institution + ":" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
