package nl.zelfhulpwijzer.interop.hsds;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.common.error.NotFound;
import nl.zelfhulpwijzer.directory.DirectoryChange;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/** The self-help groups behind the HSDS services, service_at_locations and organizations, as HSDS services. */
@ApplicationScoped
class HsdsGroups {

    @Inject
    DirectoryQueries directory;

    /** The group with this HSDS id or slug. */
    SelfHelpGroup find(String id) {
        return directory.group(directory.groupSlug(id)
                .orElseThrow(() -> new NotFound("Er is geen service met id '" + id + "'.")));
    }

    /** A group as a service: the one-to-one fields, or fully nested with its change history. */
    HsdsModel.Service service(SelfHelpGroup g, boolean full, Instant now) {
        return services(List.of(g), full, now).get(0);
    }

    /** Groups as services; fully nested, the change histories of all of them come in one query. */
    List<HsdsModel.Service> services(List<SelfHelpGroup> groups, boolean full, Instant now) {
        Map<Long, List<DirectoryChange>> histories = full ? directory.histories(groups.stream().map(g -> g.id).toList()) : Map.of();
        return groups.stream().map(g -> HsdsMapper.service(g, full, now, histories.getOrDefault(g.id, List.of()))).toList();
    }
}
