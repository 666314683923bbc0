package nl.zelfhulpwijzer.directory;

import static nl.zelfhulpwijzer.common.concurrency.Preconditions.requireMatch;
import static nl.zelfhulpwijzer.directory.DirectoryEtags.etag;
import static nl.zelfhulpwijzer.directory.DirectorySnapshots.snapshot;
import static nl.zelfhulpwijzer.directory.DirectoryValidation.failOn;
import static nl.zelfhulpwijzer.directory.DirectoryValidation.has;
import static nl.zelfhulpwijzer.directory.InputText.blankToNull;
import static nl.zelfhulpwijzer.directory.InputText.names;
import static nl.zelfhulpwijzer.directory.InputText.notBlank;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;

/**
 * Management of self-help groups by coordinators: validation with Dutch messages, optimistic concurrency (If-Match
 * against the version), and a field-level history entry for every change.
 */
@ApplicationScoped
public class GroupWrites extends DirectoryWriter {

    @Transactional
    public SelfHelpGroup createGroup(GroupWrite input, String user) {
        List<FieldError> errors = check(input);
        Organisation organisation = DirectoryLookups.organisation(input.organisationId(), errors);
        String slug = input.slug() != null ? input.slug() : Slugs.of(input.name());
        if (has(errors, "slug")) {
            failOn(errors);
        }
        if (slug.length() < 3) {
            slug = "groep-" + slug;
        }
        if (SelfHelpGroup.count("slug", slug) > 0) {
            errors.add(new FieldError("slug", "Deze sleutel is al in gebruik; kies een andere."));
        }
        DirectoryValidation.validateGroup(input, errors);
        failOn(errors);
        SelfHelpGroup group = new SelfHelpGroup();
        group.slug = slug;
        apply(group, input, organisation);
        group.verifiedAt = clock.instant();
        group.verifiedBy = user;
        group.persist();
        history.recordGroupChanges("GROUP", group.slug, group, Map.of(), snapshot(group), user);
        return group;
    }

    @Transactional
    public SelfHelpGroup updateGroup(String slug, String ifMatch, GroupWrite input, String user) {
        SelfHelpGroup group = DirectoryLookups.group(slug);
        requireMatch(ifMatch, etag(group));
        List<FieldError> errors = check(input);
        Organisation organisation = DirectoryLookups.organisation(input.organisationId(), errors);
        keepKey(input.slug(), slug, "De sleutel van een groep kan niet veranderen.", errors);
        DirectoryValidation.validateGroup(input, errors);
        failOn(errors);
        Map<String, String> before = snapshot(group);
        apply(group, input, organisation);
        history.recordGroupChanges("GROUP", group.slug, group, before, snapshot(group), user);
        return group;
    }

    @Transactional
    public SelfHelpGroup verifyGroup(String slug, String ifMatch, String user) {
        SelfHelpGroup group = DirectoryLookups.group(slug);
        requireMatch(ifMatch, etag(group));
        Map<String, String> before = snapshot(group);
        group.verifiedAt = clock.instant();
        group.verifiedBy = user;
        group.updatedAt = group.verifiedAt;
        history.recordGroupChanges("GROUP", slug, group, before, snapshot(group), user);
        return group;
    }

    @Transactional
    public SelfHelpGroup setGroupStatus(String slug, String ifMatch, GroupStatus status, String user) {
        SelfHelpGroup group = DirectoryLookups.group(slug);
        requireMatch(ifMatch, etag(group));
        Map<String, String> before = snapshot(group);
        group.status = status;
        history.recordGroupChanges("GROUP", slug, group, before, snapshot(group), user);
        return group;
    }

    private static void apply(SelfHelpGroup g, GroupWrite in, Organisation organisation) {
        g.organisation = organisation;
        g.name = in.name().strip();
        LocationWrite l = in.location();
        if (l == null) {
            g.location = null;
        } else {
            Location location = g.location != null && !g.location.demo ? g.location : new Location();
            location.name = blankToNull(l.name());
            location.address = blankToNull(l.address());
            location.postcode = notBlank(l.postcode()) ? DutchFormats.normalisePostcode(l.postcode(), l.country()) : null;
            location.city = l.city().strip();
            location.region = blankToNull(l.region());
            location.country = l.country();
            location.latitude = l.latitude();
            location.longitude = l.longitude();
            location.approximate = Boolean.TRUE.equals(l.approximate());
            if (location.id == null) {
                location.persist();
            }
            g.location = location;
        }
        g.audiences = names(in.audiences());
        g.behaviours = in.behaviours() == null ? organisation.behaviours : names(in.behaviours());
        g.open = in.open() == null || in.open();
        g.dualDiagnosis = Boolean.TRUE.equals(in.dualDiagnosis());
        g.insideInstitution = Boolean.TRUE.equals(in.insideInstitution());
        g.acceptsTrial = Boolean.TRUE.equals(in.acceptsTrial());
        g.medicationNote = blankToNull(in.medicationNote());
        g.languages = in.languages() == null || in.languages().isEmpty() ? new String[] { "nl" }
                : in.languages().stream().distinct().toArray(String[]::new);
        g.accessibility = in.accessibility() == null ? new String[0] : names(in.accessibility());
        g.professionalMayAttend = Boolean.TRUE.equals(in.professionalMayAttend());
        g.contactRole = in.contactRole();
        g.contactPhone = blankToNull(in.contactPhone());
        g.contactEmail = blankToNull(in.contactEmail());
        g.website = blankToNull(in.website());
        g.notes = blankToNull(in.notes());
    }
}
