package nl.zelfhulpwijzer.interop.meetingguide;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.DirectoryHistory;
import nl.zelfhulpwijzer.directory.DirectorySnapshots;
import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.GroupStatus;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.Organisation;

/**
 * The open meetings of an organisation that its feed no longer lists: always reported, closed ("tijdelijk gesloten",
 * so a coordinator can open them again) only when the coordinator asks. Never monthly meetings (the Meeting Guide
 * has none) nor fictional demo groups; a slug counts as listed when a row has it, also as a day of a row with several
 * days ({@code slug-ma}…), so a row that is refused or skipped closes nothing.
 */
@ApplicationScoped
class MissingFromFeed {

    @Inject
    DirectoryHistory history;

    List<Meeting> find(Organisation organisation, Set<String> feedSlugs) {
        Set<String> listed = new HashSet<>(feedSlugs);
        for (String slug : feedSlugs) {
            for (String suffix : MeetingGuideImporter.DAY_SUFFIX) {
                listed.add(slug + "-" + suffix);
            }
        }
        // the group comes along: the report names it and closing records history on it
        return Meeting.<Meeting>find("from Meeting m join fetch m.group g where g.organisation.id = ?1 and g.status = ?2"
                + " and g.demo = false and m.frequency = ?3 and m.temporarilyClosed = false order by m.slug",
                organisation.id, GroupStatus.ACTIVE, Frequency.WEEKLY)
                .stream().filter(m -> !listed.contains(m.slug)).toList();
    }

    void close(List<Meeting> meetings, String user) {
        for (Meeting meeting : meetings) {
            Map<String, String> before = DirectorySnapshots.snapshot(meeting);
            meeting.temporarilyClosed = true;
            meeting.group.updatedAt = Instant.now();
            history.recordGroupChanges("MEETING", meeting.slug, meeting.group, before, DirectorySnapshots.snapshot(meeting), user);
        }
    }
}
