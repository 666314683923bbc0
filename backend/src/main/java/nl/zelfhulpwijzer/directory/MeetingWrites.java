package nl.zelfhulpwijzer.directory;

import static nl.zelfhulpwijzer.common.concurrency.Preconditions.requireMatch;
import static nl.zelfhulpwijzer.directory.DirectoryEtags.etag;
import static nl.zelfhulpwijzer.directory.DirectorySnapshots.snapshot;
import static nl.zelfhulpwijzer.directory.DirectoryValidation.failOn;
import static nl.zelfhulpwijzer.directory.InputText.blankToNull;
import static nl.zelfhulpwijzer.directory.InputText.notBlank;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.zelfhulpwijzer.common.error.FieldError;

/**
 * Management of a group's meetings by coordinators: validation with Dutch messages, optimistic concurrency (If-Match
 * against the version), and a field-level history entry (on the group) for every change.
 */
@ApplicationScoped
public class MeetingWrites extends DirectoryWriter {

    private static final String[] DAY_CODES = { "ma", "di", "wo", "do", "vr", "za", "zo" };

    @Transactional
    public Meeting createMeeting(String groupSlug, String ifMatch, MeetingWrite input, String user) {
        SelfHelpGroup group = DirectoryLookups.group(groupSlug);
        requireMatch(ifMatch, etag(group));
        List<FieldError> errors = check(input);
        String slug = input.slug() != null ? input.slug()
                : group.slug + "-" + (group.meetings.size() + 1) + "-" + DAY_CODES[input.day() == null ? 0 : Math.max(0, Math.min(6, input.day() - 1))];
        if (Meeting.count("slug", slug) > 0) {
            errors.add(new FieldError("slug", "Deze sleutel is al in gebruik; kies een andere."));
        }
        DirectoryValidation.validateMeeting(input, group, errors);
        failOn(errors);
        Meeting meeting = new Meeting();
        meeting.slug = slug;
        meeting.group = group;
        apply(meeting, input, group);
        group.meetings.add(meeting);
        meeting.persist();
        group.updatedAt = clock.instant();
        history.recordGroupChanges("MEETING", slug, group, Map.of(), snapshot(meeting), user);
        return meeting;
    }

    @Transactional
    public Meeting updateMeeting(String slug, String ifMatch, MeetingWrite input, String user) {
        Meeting meeting = DirectoryLookups.meeting(slug);
        requireMatch(ifMatch, etag(meeting));
        List<FieldError> errors = check(input);
        keepKey(input.slug(), slug, "De sleutel van een bijeenkomst kan niet veranderen.", errors);
        DirectoryValidation.validateMeeting(input, meeting.group, errors);
        failOn(errors);
        Map<String, String> before = snapshot(meeting);
        apply(meeting, input, meeting.group);
        meeting.group.updatedAt = clock.instant();
        history.recordGroupChanges("MEETING", slug, meeting.group, before, snapshot(meeting), user);
        return meeting;
    }

    private static void apply(Meeting m, MeetingWrite in, SelfHelpGroup group) {
        m.name = blankToNull(in.name());
        m.frequency = in.frequency();
        m.dayOfWeek = in.day().shortValue();
        m.weekOfMonth = in.frequency() == Frequency.MONTHLY ? in.weekOfMonth().shortValue() : null;
        m.startTime = LocalTime.parse(in.startTime());
        m.endTime = in.endTime() == null ? null : LocalTime.parse(in.endTime());
        m.timeZone = notBlank(in.timeZone()) ? in.timeZone().strip()
                : (group.location != null ? group.location.country : Country.NL).zone().getId();
        m.location = Boolean.TRUE.equals(in.inPerson()) ? group.location : null;
        m.conferenceUrl = blankToNull(in.conferenceUrl());
        m.conferencePhone = blankToNull(in.conferencePhone());
        m.conferenceNotes = blankToNull(in.conferenceNotes());
        m.types = in.types() == null ? new String[0] : in.types().stream().distinct().toArray(String[]::new);
        m.notes = blankToNull(in.notes());
        m.temporarilyClosed = Boolean.TRUE.equals(in.temporarilyClosed());
    }
}
