package nl.zelfhulpwijzer.advice;

import java.time.OffsetDateTime;
import java.util.Set;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.OrganisationKind;
import nl.zelfhulpwijzer.directory.OrganisationStatus;

/**
 * Something the advice can point to: today an organisation of the directory; later also a group or meeting.
 * {@code meetingTypes} (Meeting Guide codes such as "O" open, "DD" dual diagnosis), {@code distanceKm} and
 * {@code nextMeetingAt} are empty/null for organisations; groups and meetings fill them, and the ranking uses them.
 * {@code place} is a group's town (null for organisations), shown with it; local groups are chosen by {@code distanceKm}.
 * {@code languages}: the languages (ISO 639-1) a group meets in; empty when unknown (organisations).
 */
public record Candidate(String organisationId, String groupId, String name, OrganisationKind kind, Approach approach,
        Country country, OrganisationStatus status, Set<Audience> audiences, Set<Behaviour> behaviours,
        Set<String> meetingTypes, Set<String> languages, Double distanceKm, OffsetDateTime nextMeetingAt,
        String sourceDocument, String sourceSection, String place) {

    public Candidate {
        audiences = Set.copyOf(audiences);
        behaviours = Set.copyOf(behaviours);
        meetingTypes = meetingTypes == null ? Set.of() : Set.copyOf(meetingTypes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    /** An organisation of the directory as a candidate. */
    public static Candidate organisation(String id, String name, OrganisationKind kind, Approach approach, Country country,
            OrganisationStatus status, Set<Audience> audiences, Set<Behaviour> behaviours, String sourceDocument,
            String sourceSection) {
        return new Candidate(id, null, name, kind, approach, country, status, audiences, behaviours, Set.of(), Set.of(), null,
                null, sourceDocument, sourceSection, null);
    }

    /** The same candidate with its next meeting filled in (computed per request: it depends on the time). */
    public Candidate withNextMeetingAt(OffsetDateTime next) {
        return new Candidate(organisationId, groupId, name, kind, approach, country, status, audiences, behaviours,
                meetingTypes, languages, distanceKm, next, sourceDocument, sourceSection, place);
    }

    /** The same candidate at a distance from the client (computed per request: it depends on the client's place). */
    public Candidate withDistanceKm(Double km) {
        return new Candidate(organisationId, groupId, name, kind, approach, country, status, audiences, behaviours,
                meetingTypes, languages, km, nextMeetingAt, sourceDocument, sourceSection, place);
    }

    /** A stable key for ordering and identity: the group if there is one, else the organisation. */
    public String key() {
        return groupId == null ? organisationId : organisationId + "/" + groupId;
    }
}
