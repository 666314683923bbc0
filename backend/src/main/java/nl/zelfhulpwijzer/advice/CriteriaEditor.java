package nl.zelfhulpwijzer.advice;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle;
import nl.zelfhulpwijzer.common.versioning.VersionLifecycle.NewDraft;
import nl.zelfhulpwijzer.common.versioning.VersionPublished;
import nl.zelfhulpwijzer.common.versioning.VersionStatus;

/**
 * Coordinators change the catalogue only through a draft: copy the newest published version, change, add or remove
 * criteria, then publish. A published version never changes (the database refuses it too). One draft at a time.
 * Changes check the caller's If-Match against the draft's ETag, so nobody overwrites another's edit unseen.
 */
@ApplicationScoped
public class CriteriaEditor {

    /** The kind named in {@link VersionPublished} events of the catalogue. */
    static final String CONTENT_KIND = "criteria-catalogue";

    @Inject
    CriteriaRepository repository;

    @Inject
    Event<VersionPublished> publications;

    @Inject
    EntityManager em;

    @Transactional
    public CriteriaCatalogue createDraft(String user) {
        NewDraft<CriteriaCatalogue> next = VersionLifecycle.newDraft(repository.listAll());
        CriteriaCatalogue source = next.base();
        CriteriaCatalogue draft = new CriteriaCatalogue();
        draft.version = next.number();
        draft.status = VersionStatus.DRAFT;
        draft.title = source.title;
        draft.note = source.note;
        draft.createdBy = user;
        draft.updatedBy = user;
        draft.updatedAt = Instant.now();
        repository.persist(draft);
        for (CatalogueCriterion c : source.criteria) {
            CatalogueCriterion copy = copy(c);
            copy.catalogue = draft;
            copy.persist();
            draft.criteria.add(copy);
        }
        return draft;
    }

    @Transactional
    public CriteriaCatalogue get(int version) {
        return find(version);
    }

    /** Adds or replaces the criterion {@code code} in the draft. */
    @Transactional
    public CriteriaCatalogue save(int version, CatalogueCriterion input, String ifMatch, String user) {
        CriteriaCatalogue draft = draft(version, ifMatch);
        CatalogueCriterion existing = draft.criteria.stream().filter(c -> c.code.equals(input.code)).findFirst().orElse(null);
        if (existing == null) {
            existing = new CatalogueCriterion();
            existing.catalogue = draft;
            existing.code = input.code;
            existing.position = draft.criteria.stream().mapToInt(c -> c.position).max().orElse(0) + 1;
            draft.criteria.add(existing);
        }
        existing.kind = input.kind;
        existing.approaches = input.approaches;
        existing.organisationKinds = input.organisationKinds;
        existing.organisationIds = input.organisationIds;
        existing.text = input.text;
        existing.action = input.action;
        existing.sourceDocument = input.sourceDocument;
        existing.sourceSection = input.sourceSection;
        existing.sourceQuote = input.sourceQuote;
        existing.inference = input.inference;
        existing.persist();
        return touched(draft, user);
    }

    @Transactional
    public CriteriaCatalogue delete(int version, String code, String ifMatch, String user) {
        CriteriaCatalogue draft = draft(version, ifMatch);
        CatalogueCriterion existing = draft.criteria.stream().filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("Dit concept heeft geen criterium '" + code + "'."));
        draft.criteria.remove(existing);
        existing.delete();
        return touched(draft, user);
    }

    @Transactional
    public CriteriaCatalogue publish(int version, String ifMatch, String user) {
        CriteriaCatalogue draft = draft(version, ifMatch);
        // No supersede: earlier catalogue versions stay PUBLISHED, the advice uses the newest.
        VersionLifecycle.publish(draft, user, Instant.now());
        publications.fire(new VersionPublished(CONTENT_KIND, draft.version));
        return touched(draft, user);
    }

    @Transactional
    public void discard(int version, String ifMatch) {
        CriteriaCatalogue draft = draft(version, ifMatch);
        draft.criteria.forEach(CatalogueCriterion::delete);
        draft.criteria.clear();
        em.flush();
        draft.delete();
    }

    private CriteriaCatalogue find(int version) {
        CriteriaCatalogue c = repository.findWithCriteria(version)
                .orElseThrow(() -> new NotFound("Er is geen versie " + version + " van de verwijscriteria."));
        c.criteria.sort(Comparator.comparingInt(x -> x.position));
        return c;
    }

    private CriteriaCatalogue draft(int version, String ifMatch) {
        return VersionLifecycle.editable(find(version), ifMatch);
    }

    private static CriteriaCatalogue touched(CriteriaCatalogue c, String user) {
        c.revision++;
        c.updatedAt = Instant.now();
        c.updatedBy = user;
        return c;
    }

    private static CatalogueCriterion copy(CatalogueCriterion c) {
        CatalogueCriterion copy = new CatalogueCriterion();
        copy.code = c.code;
        copy.position = c.position;
        copy.kind = c.kind;
        copy.approaches = c.approaches.clone();
        copy.organisationKinds = c.organisationKinds.clone();
        copy.organisationIds = c.organisationIds.clone();
        copy.text = c.text;
        copy.action = c.action;
        copy.sourceDocument = c.sourceDocument;
        copy.sourceSection = c.sourceSection;
        copy.sourceQuote = c.sourceQuote;
        copy.inference = c.inference;
        return copy;
    }

    /** Field errors for a criterion from a coordinator (beyond the annotations on the input); empty when it is fine. */
    public static List<FieldError> check(CatalogueCriterion c) {
        if (c.kind == CriterionKind.RISK_SIGNAL && (c.action == null || c.action.isBlank())) {
            return List.of(new FieldError("action", "Een risicosignaal heeft altijd een actie: wat moet je doen?"));
        }
        return List.of();
    }
}
