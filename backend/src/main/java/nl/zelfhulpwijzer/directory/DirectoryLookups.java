package nl.zelfhulpwijzer.directory;

import java.util.Comparator;
import java.util.List;

import nl.zelfhulpwijzer.common.error.FieldError;
import nl.zelfhulpwijzer.common.error.NotFound;

/** Finding the entity a write is about: 404 with a Dutch message when it does not exist. */
public final class DirectoryLookups {

    private DirectoryLookups() {
    }

    public static SelfHelpGroup group(String slug) {
        return SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFound("Er is geen groep met sleutel '" + slug + "'."));
    }

    /**
     * The groups of these slugs that exist, in the order asked; unknown slugs are left out. Read in one query with what
     * a group's page shows (organisation, place, meetings and their places), not one query per group for each.
     */
    public static List<SelfHelpGroup> groups(List<String> slugs) {
        List<SelfHelpGroup> found = SelfHelpGroup.list("select g from SelfHelpGroup g join fetch g.organisation"
                + " left join fetch g.location left join fetch g.meetings m left join fetch m.location where g.slug in ?1", slugs);
        return found.stream().sorted(Comparator.comparingInt(g -> slugs.indexOf(g.slug))).toList();
    }

    public static Meeting meeting(String slug) {
        return Meeting.<Meeting>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFound("Er is geen bijeenkomst met sleutel '" + slug + "'."));
    }

    static Organisation organisation(String id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("Er is geen organisatie met id '" + id + "'."));
    }

    /** The organisation a request refers to, or a field error on organisationId when it does not exist. */
    static Organisation organisation(String id, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            errors.add(new FieldError("organisationId", "Er is geen organisatie met id '" + id + "'."));
        }
        return organisation;
    }
}
