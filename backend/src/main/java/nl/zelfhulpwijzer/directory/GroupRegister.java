package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The register coordinators search to find a group or meeting to edit: every group (active or not) with its
 * organisation, place, verification state and meetings, filtered by {@link RegisterFilter}.
 */
@ApplicationScoped
public class GroupRegister {

    private static final String COUNT = "from SelfHelpGroup g join g.organisation o left join g.location l where ";

    private static final String LOAD = "select g from SelfHelpGroup g join fetch g.organisation o left join fetch g.location l where ";

    @Inject
    DirectoryConfig config;

    @Inject
    Clock clock;

    /** One page of groups, by name; organisation and location are loaded with them. */
    public List<SelfHelpGroup> groups(RegisterFilter filter, int offset, int size) {
        RegisterFilter.Condition c = filter.condition(threshold());
        return SelfHelpGroup.<SelfHelpGroup>find(LOAD + c.where() + " order by lower(g.name), g.id", c.parameters().toArray())
                .range(offset, offset + size - 1).list();
    }

    public long count(RegisterFilter filter) {
        RegisterFilter.Condition c = filter.condition(threshold());
        return SelfHelpGroup.count(COUNT + c.where(), c.parameters().toArray());
    }

    /** The meetings of these groups, by group id, in weekly order. */
    public Map<Long, List<Meeting>> meetings(List<SelfHelpGroup> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = groups.stream().map(g -> g.id).toList();
        return Meeting.<Meeting>list("group.id in ?1 order by dayOfWeek, startTime, id", ids).stream()
                .collect(Collectors.groupingBy(m -> m.group.id));
    }

    /** True when the group's data should be checked again. */
    public boolean needsVerification(SelfHelpGroup group) {
        return group.needsVerification(clock.instant(), config.reverifyAfter());
    }

    private Instant threshold() {
        return clock.instant().atZone(ZoneOffset.UTC).minus(config.reverifyAfter()).toInstant();
    }
}
