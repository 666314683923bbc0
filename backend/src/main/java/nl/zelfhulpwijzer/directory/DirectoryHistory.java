package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The field-level change history: one {@link DirectoryChange} per field that differs between two snapshots, with who and when. */
@ApplicationScoped
public class DirectoryHistory {

    private static final int MAX_VALUE_LENGTH = 2000;

    @Inject
    Clock clock;

    /** Changes to a group or one of its meetings ({@code type} GROUP or MEETING). */
    public void recordGroupChanges(String type, String key, SelfHelpGroup group, Map<String, String> before,
            Map<String, String> after, String user) {
        record(type, key, group.id, null, before, after, user);
    }

    public void recordOrganisationChanges(Organisation organisation, Map<String, String> before, Map<String, String> after,
            String user) {
        record("ORGANISATION", organisation.id, null, organisation.id, before, after, user);
    }

    public List<DirectoryChange> history(String groupSlug) {
        SelfHelpGroup group = DirectoryLookups.group(groupSlug);
        return DirectoryChange.<DirectoryChange>find("groupId = ?1 order by changedAt desc, id desc", group.id).list();
    }

    public List<DirectoryChange> organisationHistory(String id) {
        DirectoryLookups.organisation(id);
        return DirectoryChange.<DirectoryChange>find("organisationId = ?1 order by changedAt desc, id desc", id).list();
    }

    private void record(String type, String key, Long groupId, String organisationId, Map<String, String> before,
            Map<String, String> after, String user) {
        Instant now = clock.instant();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                DirectoryChange change = new DirectoryChange();
                change.entityType = type;
                change.entityKey = key;
                change.groupId = groupId;
                change.organisationId = organisationId;
                change.field = field.getKey();
                change.oldValue = truncate(old);
                change.newValue = truncate(field.getValue());
                change.changedBy = user;
                change.changedAt = now;
                change.persist();
            }
        }
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
    }
}
