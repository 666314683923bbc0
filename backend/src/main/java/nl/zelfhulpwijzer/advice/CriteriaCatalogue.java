package nl.zelfhulpwijzer.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import nl.zelfhulpwijzer.common.concurrency.EntityTag;
import nl.zelfhulpwijzer.common.versioning.VersionRecord;

/**
 * One version of the criteria catalogue, under the rules of common/versioning; published versions are immutable
 * (enforced by database triggers). Earlier published versions stay PUBLISHED: the newest one is in use.
 */
@Entity
@Table(name = "criteria_catalogue")
public class CriteriaCatalogue extends VersionRecord {

    @Id
    public Integer version;

    public String title;

    public String note;

    /** Goes up with every change of a draft; used as ETag. */
    public int revision;

    @OneToMany(mappedBy = "catalogue")
    @OrderBy("position")
    public List<CatalogueCriterion> criteria = new ArrayList<>();

    @Override
    public int number() {
        return version;
    }

    /** The entity tag of this version's current state, for If-Match. */
    @Override
    public EntityTag etag() {
        return EntityTag.of(revision);
    }

    @Override
    public Optional<String> unpublishable() {
        return criteria.isEmpty() ? Optional.of("Een versie zonder criteria kan niet gepubliceerd worden.") : Optional.empty();
    }
}
