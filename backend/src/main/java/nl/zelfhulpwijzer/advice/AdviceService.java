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

    /** Every organisation of the directory as a candidate (a light projection, no contact points). */
    List<Candidate> candidates() {
        List<Object[]> rows = em.createQuery("select o.id, o.name, o.kind, o.approach, o.country, o.status, o.audiences, "
                + "o.behaviours, o.sourceDocument, o.sourceSection from Organisation o", Object[].class).getResultList();
        return rows.stream().map(AdviceService::toCandidate).toList();
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
