package nl.zelfhulpwijzer.directory;

import static nl.zelfhulpwijzer.common.concurrency.Preconditions.requireMatch;
import static nl.zelfhulpwijzer.directory.DirectoryEtags.etag;
import static nl.zelfhulpwijzer.directory.DirectorySnapshots.snapshot;
import static nl.zelfhulpwijzer.directory.DirectoryValidation.failOn;
import static nl.zelfhulpwijzer.directory.DirectoryValidation.has;
import static nl.zelfhulpwijzer.directory.InputText.blankToNull;
import static nl.zelfhulpwijzer.directory.InputText.names;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;

/**
 * Management of organisations and their contact points by coordinators: validation with Dutch messages, optimistic
 * concurrency (If-Match against the version), and a field-level history entry for every change.
 */
@ApplicationScoped
public class OrganisationWrites extends DirectoryWriter {

    @Transactional
    public Organisation createOrganisation(OrganisationCreate input, String user) {
        List<FieldError> errors = check(input);
        String id = input.id() != null ? input.id() : Slugs.of(input.name());
        if (!has(errors, "id")) {
            if (id.length() < 3) {
                id = "organisatie-" + id;
            }
            if (id.length() > 80) {
                id = id.substring(0, 80).replaceAll("-+$", "");
            }
            if (Organisation.findById(id) != null) {
                errors.add(new FieldError("id", input.id() != null
                        ? "Deze sleutel is al in gebruik; kies een andere."
                        : "Er is al een organisatie met de sleutel '" + id + "'; kies zelf een andere sleutel."));
            }
        }
        if (input.status() == OrganisationStatus.INACTIVE) {
            errors.add(new FieldError("status", "Een nieuwe organisatie is actief of in oprichting."));
        }
        OrganisationWrite write = input.toWrite();
        Organisation umbrella = organisationRules(write, id, errors);
        failOn(errors);
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.kind = input.kind();
        organisation.approach = input.approach();
        organisation.country = input.country();
        organisation.sourceDocument = input.source().document().strip();
        organisation.sourceSection = input.source().section().strip();
        organisation.verifiedAt = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        organisation.verifiedBy = user;
        apply(organisation, write, umbrella);
        organisation.persist();
        Organisation.flush();
        history.recordOrganisationChanges(organisation, Map.of(), snapshot(organisation), user);
        return organisation;
    }

    @Transactional
    public Organisation updateOrganisation(String id, String ifMatch, OrganisationWrite input, String user) {
        Organisation organisation = DirectoryLookups.organisation(id);
        requireMatch(ifMatch, etag(organisation));
        List<FieldError> errors = check(input);
        Organisation umbrella = organisationRules(input, id, errors);
        failOn(errors);
        Map<String, String> before = snapshot(organisation);
        organisation.contactPoints.clear();
        Organisation.flush();
        apply(organisation, input, umbrella);
        history.recordOrganisationChanges(organisation, before, snapshot(organisation), user);
        return organisation;
    }

    @Transactional
    public Organisation verifyOrganisation(String id, String ifMatch, String user) {
        Organisation organisation = DirectoryLookups.organisation(id);
        requireMatch(ifMatch, etag(organisation));
        Map<String, String> before = snapshot(organisation);
        organisation.verifiedAt = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        organisation.verifiedBy = user;
        organisation.updatedAt = clock.instant();
        history.recordOrganisationChanges(organisation, before, snapshot(organisation), user);
        return organisation;
    }

    /**
     * Activates or deactivates an organisation. Its groups stay as they are, but the public search leaves out the groups of
     * an inactive organisation, and the public list leaves out the organisation itself.
     */
    @Transactional
    public Organisation setOrganisationStatus(String id, String ifMatch, OrganisationStatus status, String user) {
        Organisation organisation = DirectoryLookups.organisation(id);
        requireMatch(ifMatch, etag(organisation));
        if (organisation.status == status) {
            return organisation;
        }
        Map<String, String> before = snapshot(organisation);
        organisation.status = status;
        organisation.updatedAt = clock.instant();
        history.recordOrganisationChanges(organisation, before, snapshot(organisation), user);
        return organisation;
    }

    /** The rules beyond Bean Validation: the umbrella exists and is not the organisation itself; contact values fit their kind. */
    private static Organisation organisationRules(OrganisationWrite input, String id, List<FieldError> errors) {
        Organisation umbrella = null;
        if (input.umbrellaId() != null && !input.umbrellaId().isBlank()) {
            String umbrellaId = input.umbrellaId().strip();
            umbrella = Organisation.findById(umbrellaId);
            if (umbrellaId.equals(id) || (umbrella != null && umbrella.umbrella != null && umbrella.umbrella.id.equals(id))) {
                errors.add(new FieldError("umbrellaId", "Een organisatie kan niet onder zichzelf vallen."));
            } else if (umbrella == null) {
                errors.add(new FieldError("umbrellaId", "Er is geen organisatie met id '" + umbrellaId + "'."));
            }
        }
        DirectoryValidation.validateContactPoints(input, errors);
        return umbrella;
    }

    private void apply(Organisation organisation, OrganisationWrite input, Organisation umbrella) {
        organisation.name = input.name().strip();
        organisation.shortName = blankToNull(input.shortName());
        organisation.status = input.status();
        organisation.description = input.description().strip();
        organisation.umbrella = umbrella;
        organisation.audiences = names(input.audiences());
        organisation.behaviours = names(input.behaviours());
        int position = 1;
        for (OrganisationWrite.ContactPointWrite c : input.contactPoints()) {
            ContactPoint point = new ContactPoint();
            point.organisation = organisation;
            point.position = position++;
            point.kind = c.kind();
            point.label = blankToNull(c.label());
            point.value = c.value().strip();
            point.note = blankToNull(c.note());
            organisation.contactPoints.add(point);
        }
        organisation.updatedAt = clock.instant();
    }
}
