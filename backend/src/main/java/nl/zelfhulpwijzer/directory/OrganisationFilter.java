package nl.zelfhulpwijzer.directory;

import java.util.List;

/**
 * The filters of an organisation search; null means "any". All filters combine with AND. Without a status, inactive
 * organisations are left out unless {@code includeInactive} is set.
 */
public record OrganisationFilter(List<String> terms, Audience audience, Behaviour behaviour, Approach approach,
        OrganisationKind kind, Country country, OrganisationStatus status, boolean includeInactive) {
}
