package nl.zelfhulpwijzer.advice;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;
import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.OrganisationKind;

@ApplicationScoped
public class CriteriaRepository implements PanacheRepositoryBase<CriteriaCatalogue, Integer> {

    /**
     * One published version with its criteria, in one query. Without a row limit: with a fetched collection Hibernate
     * would apply a limit in memory (HHH90003004); the version is the key, so there is one catalogue at most.
     */
    public Optional<CriteriaCatalogue> findPublished(int version) {
        return find("from CriteriaCatalogue c left join fetch c.criteria where c.version = ?1 and c.status = ?2", version,
                VersionStatus.PUBLISHED).singleResultOptional();
    }

    /** Any version with its criteria (one query, no row limit, as {@link #findPublished}). */
    public Optional<CriteriaCatalogue> findWithCriteria(int version) {
        return find("from CriteriaCatalogue c left join fetch c.criteria where c.version = ?1", version).singleResultOptional();
    }

    /** The newest published version number, or empty; cheap, for caching the catalogue per version. */
    public Optional<Integer> latestPublishedVersion() {
        return getEntityManager()
                .createQuery("select max(c.version) from CriteriaCatalogue c where c.status = :s", Integer.class)
                .setParameter("s", VersionStatus.PUBLISHED)
                .getResultStream().filter(v -> v != null).findFirst();
    }

    public static Catalogue toDomain(CriteriaCatalogue catalogue) {
        return new Catalogue(catalogue.version, catalogue.criteria.stream().map(CriteriaRepository::toDomain).toList());
    }

    static Criterion toDomain(CatalogueCriterion c) {
        return new Criterion(c.code, c.kind,
                Arrays.stream(c.approaches).map(Approach::valueOf).collect(Collectors.toSet()),
                Arrays.stream(c.organisationKinds).map(OrganisationKind::valueOf).collect(Collectors.toSet()),
                Set.of(c.organisationIds), c.text, c.action, c.sourceDocument, c.sourceSection,
                c.sourceQuote, c.inference);
    }
}
