package nl.zelfhulpwijzer.directory;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What imports use of the directory's writes: snapshots of groups and meetings and the field-level history. The writes
 * themselves live in {@link OrganisationWrites}, {@link GroupWrites}, {@link MeetingWrites} and {@link DirectoryReports}.
 */
@ApplicationScoped
public class DirectoryService {

    @Inject
    DirectoryHistory history;

    public static Map<String, String> snapshot(SelfHelpGroup group) {
        return DirectorySnapshots.snapshot(group);
    }

    public static Map<String, String> snapshot(Meeting meeting) {
        return DirectorySnapshots.snapshot(meeting);
    }

    /** Writes the fields that differ between two snapshots to the history of a group ({@code type} GROUP or MEETING). */
    public void recordChanges(String type, String key, SelfHelpGroup group, Map<String, String> before, Map<String, String> after,
            String user) {
        history.recordGroupChanges(type, key, group, before, after, user);
    }
}
