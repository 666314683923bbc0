package nl.zelfhulpwijzer.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Loads the newest published catalogue and the candidates, and calls the rules. Stores nothing: the profile exists
 * only for the duration of the request. Published catalogue versions never change, so each is cached by version.
 */
@ApplicationScoped
public class AdviceService {

    @Inject
    CriteriaRepository criteria;

    @Inject
    EntityManager em;

    private final Map<Integer, Catalogue> cache = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public Advice advise(ClientProfile profile) {
        return AdviceRules.evaluate(profile, candidates(), publishedCatalogue());
    }

    /** The newest published catalogue version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Catalogue publishedCatalogue() {
        int version = criteria.latestPublishedVersion().orElseThrow(AdviceService::noCatalogue);
        return cache.computeIfAbsent(version, v -> criteria.findPublished(v)
                .map(CriteriaRepository::toDomain).orElseThrow(AdviceService::noCatalogue));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CriteriaCatalogue publishedCatalogueEntity() {
        return criteria.findLatestPublished().orElseThrow(AdviceService::noCatalogue);
    }

    /**
     * Every organisation of the directory as a candidate, ordered by name and id. The list is kept between requests
     * and reloaded as soon as the directory changes: a database trigger counts every change of the organisations
     * (table advice_directory_revision, migration V23).
     */
    List<Candidate> candidates() {
        String signature = String.valueOf(em.createNativeQuery("select revision from advice_directory_revision where id = 1")
                .getSingleResult());
        Snapshot current = snapshot.get();
        if (current != null && current.signature().equals(signature)) {
            return current.candidates();
        }
        List<Candidate> loaded = loadCandidates();
        snapshot.set(new Snapshot(signature, loaded));
        return loaded;
    }

    private record Snapshot(String signature, List<Candidate> candidates) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Snapshot> snapshot = new java.util.concurrent.atomic.AtomicReference<>();

    private List<Candidate> loadCandidates() {
        List<Object[]> rows = em.createQuery("select o.id, o.name, o.kind, o.approach, o.country, o.status, o.audiences, "
                + "o.behaviours, o.sourceDocument, o.sourceSection from Organisation o", Object[].class).getResultList();
        return rows.stream().map(AdviceService::toCandidate).sorted(Ranking.BY_NAME_AND_KEY).toList();
    }

    private static Candidate toCandidate(Object[] r) {
        return Candidate.organisation((String) r[0], (String) r[1], (OrganisationKind) r[2], (Approach) r[3],
                (Country) r[4], (OrganisationStatus) r[5],
                Arrays.stream((String[]) r[6]).map(Audience::valueOf).collect(Collectors.toSet()),
                Arrays.stream((String[]) r[7]).map(Behaviour::valueOf).collect(Collectors.toSet()),
                (String) r[8], (String) r[9]);
    }

    private static ProblemException noCatalogue() {
        return new ProblemException(ProblemType.INTERNAL, "Er is nog geen gepubliceerde versie van de verwijscriteria.");
    }
}
