package nl.zelfhulpwijzer.interop.meetingguide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.MeetingImports;
import nl.zelfhulpwijzer.directory.Organisation;

/**
 * The open meetings of an organisation that its feed no longer lists: always reported, closed ("tijdelijk gesloten",
 * so a coordinator can open them again, by {@link MeetingImports#closeTemporarily}) only when the coordinator asks. Never monthly meetings (the Meeting Guide
 * has none) nor fictional demo groups; a slug counts as listed when a row has it, also as a day of a row with several
 * days ({@code slug-ma}…), so a row that is refused or skipped closes nothing.
 */
@ApplicationScoped
class MissingFromFeed {

    @Inject
    MeetingImports directory;

    List<Meeting> find(Organisation organisation, Set<String> feedSlugs) {
        Set<String> listed = new HashSet<>(feedSlugs);
        for (String slug : feedSlugs) {
            for (String suffix : MeetingGuideImporter.DAY_SUFFIX) {
                listed.add(slug + "-" + suffix);
            }
        }
        // the group comes along: the report names it and closing records history on it
        return directory.openWeeklyMeetings(organisation).stream().filter(m -> !listed.contains(m.slug)).toList();
    }
}
