package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.common.problem.ProblemType;
import nl.zelfhulpwijzer.directory.demo.DemoDataGenerator;
import nl.zelfhulpwijzer.directory.rest.GroupWrite;
import nl.zelfhulpwijzer.directory.rest.LocationWrite;
import nl.zelfhulpwijzer.directory.rest.MeetingWrite;
import nl.zelfhulpwijzer.directory.rest.OrganisationCreate;
import nl.zelfhulpwijzer.directory.rest.OrganisationWrite;
import nl.zelfhulpwijzer.directory.rest.ReportWrite;

/**
 * Management of groups and meetings by coordinators: validation with Dutch messages, optimistic concurrency
 * (If-Match against the version), and a field-level history entry for every change, with who and when.
 */
@ApplicationScoped
public class DirectoryService {

    static final int MAX_OPEN_REPORTS_PER_GROUP = 50;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    /** Bean Validation and the rules below report together, so a form can show every wrong field at once. */
    private List<Problem.FieldError> check(Object input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(input)) {
            String path = violation.getPropertyPath().toString().replace(".<list element>", "");
            errors.add(new Problem.FieldError(path, violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    private static boolean has(List<Problem.FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
    }

    // ------------------------------------------------------------------ groups

    @Transactional
    public SelfHelpGroup createGroup(GroupWrite input, String user) {
        List<Problem.FieldError> errors = check(input);
        Organisation organisation = organisation(input.organisationId(), errors);
        String slug = input.slug() != null ? input.slug() : DemoDataGeneratorSlug.of(input.name());
        if (has(errors, "slug")) {
            failOn(errors);
        }
        if (slug.length() < 3) {
            slug = "groep-" + slug;
        }
        if (SelfHelpGroup.count("slug", slug) > 0) {
            errors.add(new Problem.FieldError("slug", "Deze sleutel is al in gebruik; kies een andere."));
        }
        validateGroup(input, errors);
        failOn(errors);
        SelfHelpGroup group = new SelfHelpGroup();
        group.slug = slug;
        apply(group, input, organisation);
        group.verifiedAt = clock.instant();
        group.verifiedBy = user;
        group.persist();
        record("GROUP", group.slug, group, Map.of(), snapshot(group), user);
        return group;
    }

    @Transactional
    public SelfHelpGroup updateGroup(String slug, String ifMatch, GroupWrite input, String user) {
        SelfHelpGroup group = group(slug);
        checkVersion(ifMatch, etag(group));
        List<Problem.FieldError> errors = check(input);
        Organisation organisation = organisation(input.organisationId(), errors);
        if (input.slug() != null && !input.slug().equals(slug)) {
            errors.add(new Problem.FieldError("slug", "De sleutel van een groep kan niet veranderen."));
        }
        validateGroup(input, errors);
        failOn(errors);
        Map<String, String> before = snapshot(group);
        apply(group, input, organisation);
        record("GROUP", group.slug, group, before, snapshot(group), user);
        return group;
    }

    @Transactional
    public SelfHelpGroup verifyGroup(String slug, String ifMatch, String user) {
        SelfHelpGroup group = group(slug);
        if (ifMatch != null) {
            checkVersion(ifMatch, etag(group));
        }
        Map<String, String> before = snapshot(group);
        group.verifiedAt = clock.instant();
        group.verifiedBy = user;
        group.updatedAt = group.verifiedAt;
        record("GROUP", slug, group, before, snapshot(group), user);
        return group;
    }

    @Transactional
    public SelfHelpGroup setGroupStatus(String slug, String ifMatch, GroupStatus status, String user) {
        SelfHelpGroup group = group(slug);
        if (ifMatch != null) {
            checkVersion(ifMatch, etag(group));
        }
        Map<String, String> before = snapshot(group);
        group.status = status;
        record("GROUP", slug, group, before, snapshot(group), user);
        return group;
    }

    public List<DirectoryChange> history(String slug) {
        SelfHelpGroup group = group(slug);
        return DirectoryChange.<DirectoryChange>find("groupId = ?1 order by changedAt desc, id desc", group.id).list();
    }

    // ------------------------------------------------------------------ organisations

    public static String etag(Organisation organisation) {
        return "\"v" + organisation.version + "\"";
    }

    @Transactional
    public Organisation createOrganisation(OrganisationCreate input, String user) {
        List<Problem.FieldError> errors = check(input);
        String id = input.id() != null ? input.id() : DemoDataGeneratorSlug.of(input.name());
        if (!has(errors, "id")) {
            if (id.length() < 3) {
                id = "organisatie-" + id;
            }
            if (id.length() > 80) {
                id = id.substring(0, 80).replaceAll("-+$", "");
            }
            if (Organisation.findById(id) != null) {
                errors.add(new Problem.FieldError("id", input.id() != null
                        ? "Deze sleutel is al in gebruik; kies een andere."
                        : "Er is al een organisatie met de sleutel '" + id + "'; kies zelf een andere sleutel."));
            }
        }
        if (input.status() == OrganisationStatus.INACTIVE) {
            errors.add(new Problem.FieldError("status", "Een nieuwe organisatie is actief of in oprichting."));
        }
        OrganisationWrite write = input.toWrite();
        Organisation umbrella = organisationRules(write, id, errors);
        failOn(errors);
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.kind = input.kind();
        organisation.approach = input.approach();
        organisation.country = input.country();
        organisation.sourceDocument = input.source().document().strip();
        organisation.sourceSection = input.source().section().strip();
        organisation.verifiedAt = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        organisation.verifiedBy = user;
        apply(organisation, write, umbrella);
        organisation.persist();
        Organisation.flush();
        recordOrganisation(organisation, Map.of(), snapshot(organisation), user);
        return organisation;
    }

    @Transactional
    public Organisation updateOrganisation(String id, String ifMatch, OrganisationWrite input, String user) {
        Organisation organisation = organisation(id);
        checkVersion(ifMatch, etag(organisation));
        List<Problem.FieldError> errors = check(input);
        Organisation umbrella = organisationRules(input, id, errors);
        failOn(errors);
        Map<String, String> before = snapshot(organisation);
        organisation.contactPoints.clear();
        Organisation.flush();
        apply(organisation, input, umbrella);
        recordOrganisation(organisation, before, snapshot(organisation), user);
        return organisation;
    }

    /** The rules beyond Bean Validation: the umbrella exists and is not the organisation itself; contact values fit their kind. */
    private static Organisation organisationRules(OrganisationWrite input, String id, List<Problem.FieldError> errors) {
        Organisation umbrella = null;
        if (input.umbrellaId() != null && !input.umbrellaId().isBlank()) {
            String umbrellaId = input.umbrellaId().strip();
            umbrella = Organisation.findById(umbrellaId);
            if (umbrellaId.equals(id) || (umbrella != null && umbrella.umbrella != null && umbrella.umbrella.id.equals(id))) {
                errors.add(new Problem.FieldError("umbrellaId", "Een organisatie kan niet onder zichzelf vallen."));
            } else if (umbrella == null) {
                errors.add(new Problem.FieldError("umbrellaId", "Er is geen organisatie met id '" + umbrellaId + "'."));
            }
        }
        if (input.contactPoints() != null) {
            for (int i = 0; i < input.contactPoints().size(); i++) {
                OrganisationWrite.ContactPointWrite c = input.contactPoints().get(i);
                if (c == null || c.kind() == null || c.value() == null || c.value().isBlank()) {
                    continue;
                }
                String field = "contactPoints[" + i + "].value";
                String value = c.value().strip();
                switch (c.kind()) {
                    case PHONE, HELPLINE -> {
                        if (!DutchFormats.isPhone(value)) {
                            errors.add(new Problem.FieldError(field, "Vul een Nederlands of Belgisch telefoonnummer in."));
                        }
                    }
                    case EMAIL -> {
                        if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                            errors.add(new Problem.FieldError(field, "Vul een geldig e-mailadres in."));
                        }
                    }
                    case WEBSITE -> {
                        if (!DutchFormats.isWebAddress(value)) {
                            errors.add(new Problem.FieldError(field, "Vul een webadres in dat begint met https://."));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return umbrella;
    }

    private void apply(Organisation organisation, OrganisationWrite input, Organisation umbrella) {
        organisation.name = input.name().strip();
        organisation.shortName = blankToNull(input.shortName());
        organisation.status = input.status();
        organisation.description = input.description().strip();
        organisation.umbrella = umbrella;
        organisation.audiences = names(input.audiences());
        organisation.behaviours = names(input.behaviours());
        int position = 1;
        for (OrganisationWrite.ContactPointWrite c : input.contactPoints()) {
            ContactPoint point = new ContactPoint();
            point.organisation = organisation;
            point.position = position++;
            point.kind = c.kind();
            point.label = blankToNull(c.label());
            point.value = c.value().strip();
            point.note = blankToNull(c.note());
            organisation.contactPoints.add(point);
        }
        organisation.updatedAt = clock.instant();
    }

    @Transactional
    public Organisation verifyOrganisation(String id, String ifMatch, String user) {
        Organisation organisation = organisation(id);
        if (ifMatch != null) {
            checkVersion(ifMatch, etag(organisation));
        }
        Map<String, String> before = snapshot(organisation);
        organisation.verifiedAt = clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        organisation.verifiedBy = user;
        organisation.updatedAt = clock.instant();
        recordOrganisation(organisation, before, snapshot(organisation), user);
        return organisation;
    }

    /**
     * Activates or deactivates an organisation. Its groups stay as they are, but the public search leaves out the groups of
     * an inactive organisation, and the public list leaves out the organisation itself.
     */
    @Transactional
    public Organisation setOrganisationStatus(String id, String ifMatch, OrganisationStatus status, String user) {
        Organisation organisation = organisation(id);
        if (ifMatch != null) {
            checkVersion(ifMatch, etag(organisation));
        }
        if (organisation.status == status) {
            return organisation;
        }
        Map<String, String> before = snapshot(organisation);
        organisation.status = status;
        organisation.updatedAt = clock.instant();
        recordOrganisation(organisation, before, snapshot(organisation), user);
        return organisation;
    }

    private static Organisation organisation(String id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Er is geen organisatie met id '" + id + "'."));
    }

    public List<DirectoryChange> organisationHistory(String id) {
        organisation(id);
        return DirectoryChange.<DirectoryChange>find("organisationId = ?1 order by changedAt desc, id desc", id).list();
    }

    static Map<String, String> snapshot(Organisation o) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", o.name);
        s.put("shortName", o.shortName);
        s.put("status", o.status == null ? null : o.status.name());
        s.put("description", o.description);
        s.put("umbrellaId", o.umbrella == null ? null : o.umbrella.id);
        s.put("audiences", String.join(",", o.audiences));
        s.put("behaviours", String.join(",", o.behaviours));
        s.put("contactPoints", o.contactPoints.stream()
                .map(c -> c.kind + ": " + c.value + (c.label == null ? "" : " (" + c.label + ")") + (c.note == null ? "" : " – " + c.note))
                .collect(java.util.stream.Collectors.joining("; ")));
        s.put("verifiedAt", o.verifiedAt == null ? null : o.verifiedAt.toString());
        s.put("verifiedBy", o.verifiedBy);
        return s;
    }

    private void recordOrganisation(Organisation o, Map<String, String> before, Map<String, String> after, String user) {
        Instant now = clock.instant();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                DirectoryChange change = new DirectoryChange();
                change.entityType = "ORGANISATION";
                change.entityKey = o.id;
                change.organisationId = o.id;
                change.field = field.getKey();
                change.oldValue = truncate(old);
                change.newValue = truncate(field.getValue());
                change.changedBy = user;
                change.changedAt = now;
                change.persist();
            }
        }
    }

    // ------------------------------------------------------------------ meetings

    @Transactional
    public Meeting createMeeting(String groupSlug, String ifMatch, MeetingWrite input, String user) {
        SelfHelpGroup group = group(groupSlug);
        if (ifMatch != null) {
            checkVersion(ifMatch, etag(group));
        }
        List<Problem.FieldError> errors = check(input);
        String slug = input.slug() != null ? input.slug()
                : group.slug + "-" + (group.meetings.size() + 1) + "-" + DAY_CODES[input.day() == null ? 0 : Math.max(0, Math.min(6, input.day() - 1))];
        if (Meeting.count("slug", slug) > 0) {
            errors.add(new Problem.FieldError("slug", "Deze sleutel is al in gebruik; kies een andere."));
        }
        validateMeeting(input, group, errors);
        failOn(errors);
        Meeting meeting = new Meeting();
        meeting.slug = slug;
        meeting.group = group;
        apply(meeting, input, group);
        group.meetings.add(meeting);
        meeting.persist();
        group.updatedAt = clock.instant();
        record("MEETING", slug, group, Map.of(), snapshot(meeting), user);
        return meeting;
    }

    @Transactional
    public Meeting updateMeeting(String slug, String ifMatch, MeetingWrite input, String user) {
        Meeting meeting = meeting(slug);
        checkVersion(ifMatch, etag(meeting));
        List<Problem.FieldError> errors = check(input);
        if (input.slug() != null && !input.slug().equals(slug)) {
            errors.add(new Problem.FieldError("slug", "De sleutel van een bijeenkomst kan niet veranderen."));
        }
        validateMeeting(input, meeting.group, errors);
        failOn(errors);
        Map<String, String> before = snapshot(meeting);
        apply(meeting, input, meeting.group);
        meeting.group.updatedAt = clock.instant();
        record("MEETING", slug, meeting.group, before, snapshot(meeting), user);
        return meeting;
    }

    // ------------------------------------------------------------------ reports

    @Transactional
    public DirectoryReport report(String groupSlug, ReportWrite input) {
        SelfHelpGroup group = group(groupSlug);
        List<Problem.FieldError> errors = check(input);
        Meeting meeting = null;
        if (input.meetingSlug() != null && !input.meetingSlug().isBlank()) {
            meeting = Meeting.<Meeting>find("slug = ?1 and group.id = ?2", input.meetingSlug(), group.id).firstResult();
            if (meeting == null) {
                errors.add(new Problem.FieldError("meetingSlug", "Deze bijeenkomst hoort niet bij deze groep."));
            }
        }
        String message = input.message() == null || input.message().isBlank() ? null : input.message().strip();
        if (input.reason() == ReportReason.OTHER && message == null) {
            errors.add(new Problem.FieldError("message", "Schrijf kort wat er niet klopt."));
        }
        failOn(errors);
        if (DirectoryReport.count("group.id = ?1 and status = ?2", group.id, ReportStatus.OPEN) >= MAX_OPEN_REPORTS_PER_GROUP) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "Over deze groep staan al veel meldingen open. Probeer het later opnieuw.");
        }
        DirectoryReport report = new DirectoryReport();
        report.group = group;
        report.meeting = meeting;
        report.reason = input.reason();
        report.message = message;
        report.createdAt = clock.instant();
        report.persist();
        return report;
    }

    @Transactional
    public DirectoryReport handleReport(long id, ReportStatus status, String user) {
        DirectoryReport report = DirectoryReport.<DirectoryReport>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Er is geen melding met nummer " + id + "."));
        if (status == ReportStatus.OPEN) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("status", "Kies RESOLVED of REJECTED.")));
        }
        if (report.status != ReportStatus.OPEN) {
            throw new ProblemException(ProblemType.CONFLICT, "Deze melding is al afgehandeld.");
        }
        report.status = status;
        report.handledBy = user;
        report.handledAt = clock.instant();
        return report;
    }

    // ------------------------------------------------------------------ rules

    /** ETag of a versioned entity, and the check of an If-Match header against it (412 when stale). */
    public static String etag(SelfHelpGroup group) {
        return "\"v" + group.version + "\"";
    }

    /** A meeting's ETag also covers its group, whose data the meeting shows. */
    public static String etag(Meeting meeting) {
        return "\"v" + meeting.version + "." + meeting.group.version + "\"";
    }

    static void checkVersion(String ifMatch, String etag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("If-Match",
                    "Stuur de ETag die u bij het ophalen kreeg mee in de kop If-Match, zodat niemands wijziging verloren gaat.")));
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(tag -> tag.trim().replace("W/", ""))
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Iemand anders heeft deze gegevens intussen gewijzigd. Haal ze opnieuw op en probeer het nog eens.");
        }
    }

    static void validateGroup(GroupWrite input, List<Problem.FieldError> errors) {
        LocationWrite l = input.location();
        if (l != null) {
            if (l.postcode() != null && !l.postcode().isBlank() && l.country() != null && !DutchFormats.isPostcode(l.postcode(), l.country())) {
                errors.add(new Problem.FieldError("location.postcode", l.country() == Country.BE
                        ? "Vul een Belgische postcode in van vier cijfers, bijvoorbeeld 9000."
                        : "Vul een Nederlandse postcode in als 1234 AB."));
            }
            if ((l.latitude() == null) != (l.longitude() == null)) {
                errors.add(new Problem.FieldError("location.longitude", "Vul breedte- en lengtegraad allebei in, of geen van beide."));
            } else if (l.latitude() != null && !DutchFormats.isInBenelux(l.latitude(), l.longitude())) {
                errors.add(new Problem.FieldError("location.latitude", "Deze coördinaten liggen niet in Nederland of België."));
            }
            if (!Boolean.TRUE.equals(l.approximate()) && (l.address() == null || l.address().isBlank())) {
                errors.add(new Problem.FieldError("location.address",
                        "Vul het adres in, of geef aan dat alleen de plaats bekend is (approximate)."));
            }
        }
        if (input.contactPhone() != null && !input.contactPhone().isBlank() && !DutchFormats.isPhone(input.contactPhone())) {
            errors.add(new Problem.FieldError("contactPhone", "Vul een Nederlands of Belgisch telefoonnummer in, bijvoorbeeld 030 123 45 67 of +32 9 123 45 67."));
        }
        if (input.website() != null && !input.website().isBlank() && !DutchFormats.isWebAddress(input.website())) {
            errors.add(new Problem.FieldError("website", "Vul een webadres in dat begint met https://."));
        }
    }

    static void validateMeeting(MeetingWrite input, SelfHelpGroup group, List<Problem.FieldError> errors) {
        if (input.frequency() == Frequency.MONTHLY) {
            Integer week = input.weekOfMonth();
            if (week == null || !(week == -1 || (week >= 1 && week <= 4))) {
                errors.add(new Problem.FieldError("weekOfMonth", "Kies de week van de maand: 1 tot en met 4, of -1 voor de laatste."));
            }
        } else if (input.weekOfMonth() != null) {
            errors.add(new Problem.FieldError("weekOfMonth", "Vul de week van de maand alleen in bij een maandelijkse bijeenkomst."));
        }
        if (input.startTime() != null && input.endTime() != null && !has(errors, "startTime") && !has(errors, "endTime")) {
            LocalTime start = LocalTime.parse(input.startTime());
            LocalTime end = LocalTime.parse(input.endTime());
            long minutes = Duration.between(start, end).toMinutes();
            if (minutes <= 0) {
                minutes += 24 * 60;
            }
            if (minutes < 15 || minutes > 6 * 60) {
                errors.add(new Problem.FieldError("endTime", "De eindtijd moet 15 minuten tot 6 uur na de begintijd liggen."));
            }
        }
        if (input.timeZone() != null && !input.timeZone().isBlank()) {
            try {
                ZoneId zone = ZoneId.of(input.timeZone());
                if (!zone.getId().contains("/")) {
                    errors.add(new Problem.FieldError("timeZone", "Gebruik een tijdzone als Europe/Amsterdam."));
                }
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("timeZone", "Onbekende tijdzone. Gebruik bijvoorbeeld Europe/Amsterdam of Europe/Brussels."));
            }
        }
        if (input.conferenceUrl() != null && !input.conferenceUrl().isBlank()
                && !(DutchFormats.isWebAddress(input.conferenceUrl()) && input.conferenceUrl().startsWith("https://"))) {
            errors.add(new Problem.FieldError("conferenceUrl", "Vul een vergaderlink in die begint met https://."));
        }
        if (input.conferencePhone() != null && !input.conferencePhone().isBlank() && !DutchFormats.isPhone(input.conferencePhone())) {
            errors.add(new Problem.FieldError("conferencePhone", "Vul een Nederlands of Belgisch inbelnummer in."));
        }
        if (input.day() == null || input.frequency() == null || input.startTime() == null || has(errors, "day")
                || has(errors, "startTime")) {
            return;
        }
        boolean inPerson = Boolean.TRUE.equals(input.inPerson());
        if (inPerson && (group.location == null || !group.location.isSpecific())) {
            errors.add(new Problem.FieldError("inPerson", "De groep heeft nog geen precies adres; vul eerst de plek van de groep in."));
        }
        boolean online = notBlank(input.conferenceUrl()) || notBlank(input.conferencePhone());
        if (!inPerson && !online && !Boolean.TRUE.equals(input.temporarilyClosed())) {
            errors.add(new Problem.FieldError("inPerson", "Een bijeenkomst is op locatie, online (link of inbelnummer) of allebei."));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static final String[] DAY_CODES = { "ma", "di", "wo", "do", "vr", "za", "zo" };

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void failOn(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static SelfHelpGroup group(String slug) {
        return SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Er is geen groep met sleutel '" + slug + "'."));
    }

    static Meeting meeting(String slug) {
        return Meeting.<Meeting>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Er is geen bijeenkomst met sleutel '" + slug + "'."));
    }

    private static Organisation organisation(String id, List<Problem.FieldError> errors) {
        if (id == null || id.isBlank()) {
            return null;
        }
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            errors.add(new Problem.FieldError("organisationId", "Er is geen organisatie met id '" + id + "'."));
        }
        return organisation;
    }

    private static void apply(SelfHelpGroup g, GroupWrite in, Organisation organisation) {
        g.organisation = organisation;
        g.name = in.name().strip();
        LocationWrite l = in.location();
        if (l == null) {
            g.location = null;
        } else {
            Location location = g.location != null && !g.location.demo ? g.location : new Location();
            location.name = blankToNull(l.name());
            location.address = blankToNull(l.address());
            location.postcode = notBlank(l.postcode()) ? DutchFormats.normalisePostcode(l.postcode(), l.country()) : null;
            location.city = l.city().strip();
            location.region = blankToNull(l.region());
            location.country = l.country();
            location.latitude = l.latitude();
            location.longitude = l.longitude();
            location.approximate = Boolean.TRUE.equals(l.approximate());
            if (location.id == null) {
                location.persist();
            }
            g.location = location;
        }
        g.audiences = names(in.audiences());
        g.behaviours = in.behaviours() == null ? organisation.behaviours : names(in.behaviours());
        g.open = in.open() == null || in.open();
        g.dualDiagnosis = Boolean.TRUE.equals(in.dualDiagnosis());
        g.insideInstitution = Boolean.TRUE.equals(in.insideInstitution());
        g.acceptsTrial = Boolean.TRUE.equals(in.acceptsTrial());
        g.medicationNote = blankToNull(in.medicationNote());
        g.languages = in.languages() == null || in.languages().isEmpty() ? new String[] { "nl" }
                : in.languages().stream().distinct().toArray(String[]::new);
        g.accessibility = in.accessibility() == null ? new String[0] : names(in.accessibility());
        g.professionalMayAttend = Boolean.TRUE.equals(in.professionalMayAttend());
        g.contactRole = in.contactRole();
        g.contactPhone = blankToNull(in.contactPhone());
        g.contactEmail = blankToNull(in.contactEmail());
        g.website = blankToNull(in.website());
        g.notes = blankToNull(in.notes());
    }

    private static void apply(Meeting m, MeetingWrite in, SelfHelpGroup group) {
        m.name = blankToNull(in.name());
        m.frequency = in.frequency();
        m.dayOfWeek = in.day().shortValue();
        m.weekOfMonth = in.frequency() == Frequency.MONTHLY ? in.weekOfMonth().shortValue() : null;
        m.startTime = LocalTime.parse(in.startTime());
        m.endTime = in.endTime() == null ? null : LocalTime.parse(in.endTime());
        m.timeZone = notBlank(in.timeZone()) ? in.timeZone().strip()
                : group.location != null && group.location.country == Country.BE ? "Europe/Brussels" : "Europe/Amsterdam";
        m.location = Boolean.TRUE.equals(in.inPerson()) ? group.location : null;
        m.conferenceUrl = blankToNull(in.conferenceUrl());
        m.conferencePhone = blankToNull(in.conferencePhone());
        m.conferenceNotes = blankToNull(in.conferenceNotes());
        m.types = in.types() == null ? new String[0] : in.types().stream().distinct().toArray(String[]::new);
        m.notes = blankToNull(in.notes());
        m.temporarilyClosed = Boolean.TRUE.equals(in.temporarilyClosed());
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).distinct().toArray(String[]::new);
    }

    public static Map<String, String> snapshot(SelfHelpGroup g) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("organisationId", g.organisation == null ? null : g.organisation.id);
        s.put("name", g.name);
        Location l = g.location;
        s.put("location.name", l == null ? null : l.name);
        s.put("location.address", l == null ? null : l.address);
        s.put("location.postcode", l == null ? null : l.postcode);
        s.put("location.city", l == null ? null : l.city);
        s.put("location.region", l == null ? null : l.region);
        s.put("location.country", l == null || l.country == null ? null : l.country.name());
        s.put("location.latitude", l == null || l.latitude == null ? null : l.latitude.toString());
        s.put("location.longitude", l == null || l.longitude == null ? null : l.longitude.toString());
        s.put("location.approximate", l == null ? null : String.valueOf(l.approximate));
        s.put("audiences", String.join(",", g.audiences));
        s.put("behaviours", String.join(",", g.behaviours));
        s.put("open", String.valueOf(g.open));
        s.put("dualDiagnosis", String.valueOf(g.dualDiagnosis));
        s.put("insideInstitution", String.valueOf(g.insideInstitution));
        s.put("acceptsTrial", String.valueOf(g.acceptsTrial));
        s.put("medicationNote", g.medicationNote);
        s.put("languages", String.join(",", g.languages));
        s.put("accessibility", String.join(",", g.accessibility));
        s.put("professionalMayAttend", String.valueOf(g.professionalMayAttend));
        s.put("contactRole", g.contactRole == null ? null : g.contactRole.name());
        s.put("contactPhone", g.contactPhone);
        s.put("contactEmail", g.contactEmail);
        s.put("website", g.website);
        s.put("notes", g.notes);
        s.put("status", g.status == null ? null : g.status.name());
        s.put("verifiedAt", g.verifiedAt == null ? null : g.verifiedAt.toString());
        s.put("verifiedBy", g.verifiedBy);
        return s;
    }

    public static Map<String, String> snapshot(Meeting m) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", m.name);
        s.put("frequency", m.frequency == null ? null : m.frequency.name());
        s.put("day", String.valueOf(m.dayOfWeek));
        s.put("weekOfMonth", m.weekOfMonth == null ? null : m.weekOfMonth.toString());
        s.put("startTime", m.startTime == null ? null : m.startTime.toString());
        s.put("endTime", m.endTime == null ? null : m.endTime.toString());
        s.put("timeZone", m.timeZone);
        s.put("inPerson", String.valueOf(m.location != null));
        s.put("conferenceUrl", m.conferenceUrl);
        s.put("conferencePhone", m.conferencePhone);
        s.put("conferenceNotes", m.conferenceNotes);
        s.put("types", String.join(",", m.types));
        s.put("notes", m.notes);
        s.put("temporarilyClosed", String.valueOf(m.temporarilyClosed));
        return s;
    }

    /** Writes the fields that differ between two snapshots to the history (used by imports too). */
    public void recordChanges(String type, String key, SelfHelpGroup group, Map<String, String> before, Map<String, String> after,
            String user) {
        record(type, key, group, before, after, user);
    }

    private void record(String type, String key, SelfHelpGroup group, Map<String, String> before, Map<String, String> after,
            String user) {
        Instant now = clock.instant();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                DirectoryChange change = new DirectoryChange();
                change.entityType = type;
                change.entityKey = key;
                change.groupId = group.id;
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
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }

    /** Slugs for new groups, as the demo generator makes them. */
    static final class DemoDataGeneratorSlug {
        static String of(String name) {
            return DemoDataGenerator.slug(name == null ? "" : name);
        }
    }
}
