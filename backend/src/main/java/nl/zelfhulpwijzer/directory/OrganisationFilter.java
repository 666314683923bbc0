package nl.zelfhulpwijzer.directory;

import java.util.List;

/** The filters of an organisation search; null means "any". All filters combine with AND. */
public record OrganisationFilter(List<String> terms, Audience audience, Behaviour behaviour, Approach approach,
        OrganisationKind kind, Country country) {
}
