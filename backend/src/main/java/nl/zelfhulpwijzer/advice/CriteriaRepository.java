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

    /** The newest published version with its criteria, or empty when none is published. */
    public Optional<CriteriaCatalogue> findLatestPublished() {
        return find("from CriteriaCatalogue c left join fetch c.criteria where c.version = "
                + "(select max(p.version) from CriteriaCatalogue p where p.status = ?1)", VersionStatus.PUBLISHED)
                .firstResultOptional();
    }

    /** One published version with its criteria. */
    public Optional<CriteriaCatalogue> findPublished(int version) {
        return find("from CriteriaCatalogue c left join fetch c.criteria where c.version = ?1 and c.status = ?2", version,
                VersionStatus.PUBLISHED).firstResultOptional();
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
