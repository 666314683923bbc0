package nl.zelfhulpwijzer.interop.meetingguide;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.zelfhulpwijzer.common.problem.Problem;
import nl.zelfhulpwijzer.common.problem.ProblemException;
import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.DirectoryHistory;
import nl.zelfhulpwijzer.directory.DirectorySnapshots;
import nl.zelfhulpwijzer.directory.DutchFormats;
import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.Location;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;
import nl.zelfhulpwijzer.directory.Slugs;

/**
 * Imports a Meeting Guide feed for one organisation, idempotent by {@code slug}: a known slug updates that meeting
 * (only what differs), an unknown slug creates it, under the group named in {@code group} (or the meeting's name).
 * Every row is checked on its own; wrong rows are reported with their reasons and the rest is imported. Open meetings
 * of the organisation that the feed no longer lists are reported, and closed on request ({@link MissingFromFeed}).
 * A dry run reports the same without storing anything.
 */
@ApplicationScoped
public class MeetingGuideImporter {

    public static final int MAX_ROWS = 5000;

    @Inject
    DirectoryHistory history;

    @Inject
    MissingFromFeed missingFromFeed;

    /** Meeting Guide day numbers (0 = Sunday) as the suffix of the slugs of a row with several days. */
    static final String[] DAY_SUFFIX = { "zo", "ma", "di", "wo", "do", "vr", "za" };
    static final String[] DAY_NAME = { "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag" };

    /**
     * One feed row. isoDays has one entry for an ordinary row and several when {@code day} is a list; such a row becomes
     * one meeting per day, with slug {@code <slug>-<ma|di|…>}. byAppointment: a row without day and time, which the
     * Meeting Guide allows ("by appointment") but our directory cannot list (it shows meetings by day and time).
     */
    record Parsed(String slug, String name, String group, List<Integer> isoDays, LocalTime start, LocalTime end, String zone,
            List<String> types, boolean open, boolean closedTemporarily, boolean dualDiagnosis, boolean wheelchair,
            List<String> languages, String notes, String conferenceUrl, String conferencePhone, String conferenceNotes,
            Place place, boolean byAppointment) {

        static Parsed appointment(String slug, String name) {
            return new Parsed(slug, name, null, List.of(), null, null, null, List.of(), true, false, false, false, List.of(),
                    null, null, null, null, null, true);
        }

        boolean multiDay() {
            return isoDays.size() > 1;
        }

        /** The slug of the meeting on that (ISO) day. */
        String meetingSlug(int isoDay) {
            return multiDay() ? slug + "-" + DAY_SUFFIX[isoDay % 7] : slug;
        }
    }

    static final String BY_APPOINTMENT = "Op afspraak: deze bijeenkomst heeft geen vaste dag en tijd. De sociale kaart toont "
            + "alleen bijeenkomsten met een dag en tijd, dus deze rij is niet geïmporteerd. Zet het contact voor een afspraak "
            + "bij de groep.";

    record Place(String name, String address, String postcode, String city, String region, Country country, Double latitude,
            Double longitude, boolean approximate) {
    }

    @Transactional
    public ImportReport importFeed(JsonNode feed, String organisationId, boolean dryRun, boolean closeMissing, String user) {
        Organisation organisation = organisationId == null ? null : Organisation.findById(organisationId);
        if (organisation == null) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("organisation",
                    "Kies de organisatie waarvoor u importeert (id uit de sociale kaart).")));
        }
        if (feed == null || !feed.isArray()) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body",
                    "Een Meeting Guide-feed is een JSON-lijst van bijeenkomsten.")));
        }
        if (feed.size() > MAX_ROWS) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("body",
                    "Importeer hoogstens " + MAX_ROWS + " bijeenkomsten per keer.")));
        }
        List<ImportReport.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, SelfHelpGroup> newGroups = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        int skipped = 0;
        Set<String> feedSlugs = new HashSet<>();
        feed.forEach(r -> {
            JsonNode slug = r == null ? null : r.get("slug");
            if (slug != null && slug.isValueNode()) {
                feedSlugs.add(slug.asText().strip().toLowerCase(Locale.ROOT));
            }
        });
        for (int i = 0; i < feed.size(); i++) {
            JsonNode row = feed.get(i);
            List<Problem.FieldError> errors = new ArrayList<>();
            Parsed parsed = parse(row, organisation, errors);
            if (parsed != null && !seen.add(parsed.slug())) {
                errors.add(new Problem.FieldError("slug", "Deze slug staat al eerder in de feed."));
            }
            if (parsed != null && errors.isEmpty() && parsed.byAppointment()) {
                skipped++;
                rows.add(new ImportReport.Row(i, parsed.slug(), ImportReport.Outcome.SKIPPED, null,
                        List.of(new Problem.FieldError("day", BY_APPOINTMENT)), null, null));
                continue;
            }
            Map<Integer, Meeting> existing = new LinkedHashMap<>();
            if (parsed != null && errors.isEmpty()) {
                for (int day : parsed.isoDays()) {
                    String slug = parsed.meetingSlug(day);
                    if (parsed.multiDay() && !seen.add(slug)) {
                        errors.add(new Problem.FieldError("slug", "De slug " + slug + " (voor " + DAY_NAME[day % 7]
                                + ") staat al eerder in de feed."));
                    }
                    Meeting found = Meeting.<Meeting>find("slug", slug).firstResult();
                    if (found != null && !found.group.organisation.id.equals(organisation.id)) {
                        errors.add(new Problem.FieldError("slug", "De slug " + slug
                                + " hoort bij een bijeenkomst van een andere organisatie."));
                    } else if (found != null && found.frequency != Frequency.WEEKLY) {
                        errors.add(new Problem.FieldError("day", "De bijeenkomst " + slug
                                + " is maandelijks; de Meeting Guide kent alleen wekelijkse."));
                    }
                    if (found == null || found.dayOfWeek != day) {
                        // A meeting of this row's earlier shape on this very day wins over moving another one here.
                        Meeting earlier = earlierShape(parsed, day, organisation, feedSlugs, existing.values());
                        found = earlier != null ? earlier : found;
                    }
                    existing.put(day, found);
                }
            }
            if (!errors.isEmpty()) {
                rejected++;
                rows.add(new ImportReport.Row(i, parsed != null ? parsed.slug() : text(row, "slug"), ImportReport.Outcome.REJECTED,
                        null, errors, null, null));
                continue;
            }
            List<String> changed = new ArrayList<>();
            int newDays = 0;
            for (Map.Entry<Integer, Meeting> day : existing.entrySet()) {
                String prefix = parsed.multiDay() ? DAY_NAME[day.getKey() % 7] + ": " : "";
                if (day.getValue() == null) {
                    newDays++;
                    if (parsed.multiDay()) {
                        changed.add(prefix + "nieuw");
                    }
                    if (!dryRun) {
                        SelfHelpGroup group = newGroups.computeIfAbsent(parsed.group(), name -> groupFor(organisation, parsed, user));
                        Meeting meeting = new Meeting();
                        meeting.slug = parsed.meetingSlug(day.getKey());
                        meeting.group = group;
                        meeting.frequency = Frequency.WEEKLY;
                        apply(meeting, parsed, day.getKey());
                        group.meetings.add(meeting);
                        meeting.persist();
                        history.recordGroupChanges("MEETING", meeting.slug, group, Map.of(), DirectorySnapshots.snapshot(meeting), user);
                    }
                    continue;
                }
                Meeting meeting = day.getValue();
                List<String> fields = changedFields(meeting, parsed, day.getKey());
                fields.forEach(f -> changed.add(prefix + f));
                if (!fields.isEmpty() && !dryRun) {
                    Map<String, String> before = DirectorySnapshots.snapshot(meeting);
                    before.putAll(place(meeting.location));
                    apply(meeting, parsed, day.getKey());
                    Map<String, String> after = DirectorySnapshots.snapshot(meeting);
                    after.putAll(place(meeting.location));
                    meeting.group.updatedAt = java.time.Instant.now();
                    history.recordGroupChanges("MEETING", meeting.slug, meeting.group, before, after, user);
                }
            }
            List<String> actual = existing.entrySet().stream()
                    .map(e -> e.getValue() != null ? e.getValue().slug : parsed.meetingSlug(e.getKey())).toList();
            List<String> meetingSlugs = parsed.multiDay() || !actual.equals(List.of(parsed.slug())) ? actual : null;
            List<String> warnings = leftBehind(parsed, organisation, actual, feedSlugs);
            if (newDays == existing.size()) {
                created++;
                rows.add(new ImportReport.Row(i, parsed.slug(), ImportReport.Outcome.CREATED, null, null, meetingSlugs, warnings));
            } else if (changed.isEmpty()) {
                unchanged++;
                rows.add(new ImportReport.Row(i, parsed.slug(), ImportReport.Outcome.UNCHANGED, null, null, meetingSlugs, warnings));
            } else {
                updated++;
                rows.add(new ImportReport.Row(i, parsed.slug(), ImportReport.Outcome.UPDATED, changed, null, meetingSlugs, warnings));
            }
        }
        List<Meeting> missing = missingFromFeed.find(organisation, feedSlugs);
        if (closeMissing && !dryRun) {
            missingFromFeed.close(missing, user);
        }
        return new ImportReport(dryRun, feed.size(), created, updated, unchanged, rejected, skipped, rows,
                missing.stream().map(m -> new ImportReport.Missing(m.slug, m.displayName(), m.group.name, closeMissing)).toList(),
                closeMissing ? missing.size() : 0);
    }

    /**
     * A row that changed shape keeps its meeting for a day that stays: a row that had one day (slug {@code x}) and now
     * has several reuses meeting {@code x} for that day, and a row that had several days and now has one reuses
     * {@code x-<dag>}. Never a slug that another row of the feed has, nor one of another organisation.
     */
    private static Meeting earlierShape(Parsed parsed, int isoDay, Organisation organisation, Set<String> feedSlugs,
            java.util.Collection<Meeting> taken) {
        String candidate = parsed.multiDay() ? parsed.slug() : parsed.slug() + "-" + DAY_SUFFIX[isoDay % 7];
        if (!candidate.equals(parsed.slug()) && feedSlugs.contains(candidate)) {
            return null;
        }
        Meeting m = Meeting.<Meeting>find("slug", candidate).firstResult();
        boolean fits = m != null && m.group.organisation.id.equals(organisation.id) && m.frequency == Frequency.WEEKLY
                && m.dayOfWeek == isoDay && taken.stream().noneMatch(t -> t == m);
        return fits ? m : null;
    }

    /** Meetings this row made earlier (its slug, or its slug with a day) that it no longer covers: named, not removed. */
    private static List<String> leftBehind(Parsed parsed, Organisation organisation, List<String> used, Set<String> feedSlugs) {
        List<String> candidates = new ArrayList<>();
        candidates.add(parsed.slug());
        for (String suffix : DAY_SUFFIX) {
            candidates.add(parsed.slug() + "-" + suffix);
        }
        candidates.removeIf(c -> used.contains(c) || (!c.equals(parsed.slug()) && feedSlugs.contains(c)));
        List<String> warnings = Meeting.<Meeting>find("slug in ?1 order by slug", candidates).stream()
                .filter(m -> m.group.organisation.id.equals(organisation.id))
                .map(m -> "Bijeenkomst " + m.slug + " (" + DAY_NAME[m.dayOfWeek % 7] + ") staat niet meer in deze rij. Ze is niet "
                        + "verwijderd; pas haar zo nodig aan bij Beheer.")
                .toList();
        return warnings.isEmpty() ? null : warnings;
    }

    // ------------------------------------------------------------------ parsing

    static Parsed parse(JsonNode row, Organisation organisation, List<Problem.FieldError> errors) {
        if (row == null || !row.isObject()) {
            errors.add(new Problem.FieldError("", "Elke rij moet een JSON-object zijn."));
            return null;
        }
        String name = text(row, "name");
        String slug = text(row, "slug");
        if (name == null) {
            errors.add(new Problem.FieldError("name", "Naam ontbreekt (verplicht in de Meeting Guide)."));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError("name", "Gebruik hoogstens 200 tekens."));
        }
        if (slug == null && row.hasNonNull("slug") && row.get("slug").isNumber()) {
            slug = row.get("slug").asText();
        }
        if (slug == null) {
            errors.add(new Problem.FieldError("slug", "Slug ontbreekt (verplicht in de Meeting Guide)."));
        } else if (!slug.matches("[A-Za-z0-9_-]{1,140}")) {
            errors.add(new Problem.FieldError("slug", "Een slug bestaat uit letters, cijfers, - en _ (hoogstens 140 tekens)."));
        } else {
            slug = slug.toLowerCase(Locale.ROOT);
        }
        JsonNode dayNode = row.get("day");
        boolean noDay = dayNode == null || dayNode.isNull() || (dayNode.isArray() && dayNode.isEmpty())
                || (dayNode.isTextual() && dayNode.asText().isBlank());
        if (noDay && text(row, "time") == null) {
            // "By appointment" (Meeting Guide: day and time are required only for meetings that are not by appointment).
            return errors.isEmpty() ? Parsed.appointment(slug, name) : null;
        }
        List<Integer> days = new ArrayList<>();
        if (noDay) {
            errors.add(new Problem.FieldError("day", "Dag ontbreekt: geef een dag van 0 (zondag) tot en met 6 (zaterdag), of laat "
                    + "ook de tijd weg voor een bijeenkomst op afspraak."));
        } else {
            for (JsonNode d : dayNode.isArray() ? dayNode : List.of(dayNode)) {
                if ((d.isInt() || d.isTextual()) && d.asText().trim().matches("[0-6]")) {
                    int day = Integer.parseInt(d.asText().trim());
                    if (!days.contains(day)) {
                        days.add(day);
                    }
                } else {
                    errors.add(new Problem.FieldError("day", dayNode.isArray()
                            ? "Elke dag in de lijst is een getal van 0 (zondag) tot en met 6 (zaterdag)."
                            : "Dag is een getal van 0 (zondag) tot en met 6 (zaterdag)."));
                    break;
                }
            }
            if (days.size() > 1 && slug != null && slug.length() > 137) {
                errors.add(new Problem.FieldError("slug", "Bij meerdere dagen is de slug hoogstens 137 tekens (er komt -ma, -di … achter)."));
            }
        }
        LocalTime start = time(row, "time", true, errors);
        LocalTime end = time(row, "end_time", false, errors);
        String zone = text(row, "timezone");
        if (zone == null) {
            zone = organisation.country.zone().getId();
        } else {
            try {
                ZoneId.of(zone);
                if (!zone.contains("/")) {
                    throw new DateTimeException(zone);
                }
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("timezone", "Onbekende tijdzone; gebruik bijvoorbeeld Europe/Amsterdam."));
            }
        }
        List<String> types = new ArrayList<>();
        JsonNode typesNode = row.get("types");
        if (typesNode != null && !typesNode.isNull()) {
            if (!typesNode.isArray()) {
                errors.add(new Problem.FieldError("types", "Types is een lijst van codes, zoals [\"O\", \"D\"]."));
            } else {
                for (JsonNode t : typesNode) {
                    String code = t.asText().trim().toUpperCase(Locale.ROOT);
                    if (!code.matches("[A-Z0-9-]{1,10}")) {
                        errors.add(new Problem.FieldError("types", "Onbekende typecode '" + t.asText() + "'."));
                    } else {
                        types.add(code);
                    }
                }
            }
        }
        String conferenceUrl = text(row, "conference_url");
        if (conferenceUrl != null && !(conferenceUrl.startsWith("https://") && DutchFormats.isWebAddress(conferenceUrl))) {
            errors.add(new Problem.FieldError("conference_url", "Een vergaderlink begint met https://."));
        }
        String conferencePhone = text(row, "conference_phone");
        if (conferencePhone != null && !conferencePhone.matches("[+0-9 ,*#()-]{6,30}")) {
            errors.add(new Problem.FieldError("conference_phone", "Een inbelnummer bevat alleen cijfers, +, spaties, komma's, * en #."));
        }
        Place place = place(row, organisation, errors);
        boolean inPerson = place != null && !place.approximate();
        if (!inPerson && conferenceUrl == null && conferencePhone == null && !types.contains("TC")) {
            errors.add(new Problem.FieldError("address", "Geef een precies adres (op locatie) of een vergaderlink of inbelnummer (online)."));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String group = text(row, "group");
        List<String> languages = new ArrayList<>(List.of("nl"));
        if (types.contains("EN")) {
            languages.add("en");
        }
        if (types.contains("FR")) {
            languages.add("fr");
        }
        List<String> ownTypes = types.stream().filter(t -> !MeetingGuideTypes.DERIVED.contains(t)).distinct().toList();
        return new Parsed(slug, name, group != null ? group : name, days.stream().map(d -> d == 0 ? 7 : d).toList(), start, end,
                zone, ownTypes, !types.contains("C"), types.contains("TC"), types.contains("DD"), types.contains("X"), languages,
                text(row, "notes"), conferenceUrl, conferencePhone, text(row, "conference_url_notes"), place, false);
    }

    private static Place place(JsonNode row, Organisation organisation, List<Problem.FieldError> errors) {
        String address = text(row, "address");
        String city = text(row, "city");
        String postcode = text(row, "postal_code");
        String formatted = text(row, "formatted_address");
        if (address == null && city == null && formatted != null) {
            String[] parts = formatted.split(",");
            if (parts.length >= 2) {
                address = parts.length >= 3 ? parts[0].trim() : null;
                String cityPart = parts[parts.length >= 3 ? 1 : 0].trim();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4}(?: ?[A-Za-z]{2})?)\\s+(.+)$").matcher(cityPart);
                if (m.matches()) {
                    postcode = m.group(1);
                    city = m.group(2);
                } else {
                    city = cityPart;
                }
            }
        }
        if (city == null) {
            return null;
        }
        Country country = country(text(row, "country"), organisation.country);
        if (country == null) {
            errors.add(new Problem.FieldError("country", "Alleen bijeenkomsten in Nederland (NL) of België (BE)."));
            return null;
        }
        if (postcode != null && !DutchFormats.isPostcode(postcode, country)) {
            errors.add(new Problem.FieldError("postal_code", country == Country.BE
                    ? "Een Belgische postcode heeft vier cijfers." : "Een Nederlandse postcode ziet eruit als 1234 AB."));
        }
        Double lat = number(row, "latitude");
        Double lon = number(row, "longitude");
        if ((lat == null) != (lon == null)) {
            errors.add(new Problem.FieldError("longitude", "Geef latitude en longitude allebei, of geen van beide."));
        } else if (lat != null && !DutchFormats.isInBenelux(lat, lon)) {
            errors.add(new Problem.FieldError("latitude", "Deze coördinaten liggen niet in Nederland of België."));
        }
        String approximateText = text(row, "approximate");
        boolean approximate = "yes".equalsIgnoreCase(approximateText) || address == null;
        return new Place(text(row, "location"), address,
                postcode == null || !DutchFormats.isPostcode(postcode, country) ? postcode : DutchFormats.normalisePostcode(postcode, country),
                city, text(row, "region"), country, lat, lon, approximate);
    }

    private static Country country(String value, Country fallback) {
        if (value == null) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "nl", "nld", "nederland", "netherlands", "the netherlands" -> Country.NL;
            case "be", "bel", "belgië", "belgie", "belgium", "belgique" -> Country.BE;
            default -> null;
        };
    }

    private static LocalTime time(JsonNode row, String field, boolean required, List<Problem.FieldError> errors) {
        String value = text(row, field);
        if (value == null) {
            if (required) {
                errors.add(new Problem.FieldError(field, "Tijd ontbreekt; gebruik HH:MM, bijvoorbeeld 19:30."));
            }
            return null;
        }
        if (!value.matches("([01][0-9]|2[0-3]):[0-5][0-9](:00)?")) {
            errors.add(new Problem.FieldError(field, "Gebruik HH:MM (24 uur), bijvoorbeeld 19:30."));
            return null;
        }
        return LocalTime.parse(value.substring(0, 5));
    }

    static String text(JsonNode row, String field) {
        JsonNode node = row == null ? null : row.get(field);
        if (node == null || node.isNull() || !node.isValueNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static Double number(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    // ------------------------------------------------------------------ applying

    private SelfHelpGroup groupFor(Organisation organisation, Parsed parsed, String user) {
        String slug = "import-" + organisation.id + "-" + Slugs.of(parsed.group());
        SelfHelpGroup group = SelfHelpGroup.<SelfHelpGroup>find("slug", slug).firstResult();
        if (group != null) {
            return group;
        }
        group = new SelfHelpGroup();
        group.slug = slug.length() > 120 ? slug.substring(0, 120) : slug;
        group.organisation = organisation;
        group.name = parsed.group();
        group.audiences = organisation.audiences;
        group.behaviours = organisation.behaviours;
        group.open = parsed.open();
        group.dualDiagnosis = parsed.dualDiagnosis();
        group.languages = parsed.languages().toArray(String[]::new);
        group.accessibility = parsed.wheelchair() ? new String[] { "WHEELCHAIR" } : new String[0];
        group.location = location(parsed.place(), null);
        group.persist();
        history.recordGroupChanges("GROUP", group.slug, group, Map.of(), DirectorySnapshots.snapshot(group), user);
        return group;
    }

    private static void apply(Meeting m, Parsed p, int isoDay) {
        m.name = p.name().equals(m.group.name) ? null : p.name();
        m.dayOfWeek = (short) isoDay;
        m.weekOfMonth = null;
        m.startTime = p.start();
        m.endTime = p.end();
        m.timeZone = p.zone();
        m.conferenceUrl = p.conferenceUrl();
        m.conferencePhone = p.conferencePhone();
        m.conferenceNotes = p.conferenceNotes();
        m.types = p.types().toArray(String[]::new);
        m.notes = p.notes();
        m.temporarilyClosed = p.closedTemporarily();
        m.location = location(p.place(), m.location != null ? m.location : m.group.location);
    }

    /** Reuses the current place when nothing about it changed, so unchanged rows create no new locations. */
    private static Location location(Place place, Location current) {
        if (place == null || (place.approximate() && (current == null || current.approximate))) {
            return place == null ? null : current;
        }
        if (current != null && place(current).equals(place(place))) {
            return current;
        }
        Location l = new Location();
        l.name = place.name();
        l.address = place.address();
        l.postcode = place.postcode();
        l.city = place.city();
        l.region = place.region();
        l.country = place.country();
        l.latitude = place.latitude();
        l.longitude = place.longitude();
        l.approximate = place.approximate();
        l.persist();
        return l;
    }

    /** The specific place as compared between feed and database; approximate places (town only) count as none. */
    static Map<String, String> place(Location l) {
        return l == null || l.approximate ? place(null, null, null, null, null)
                : place(l.address, l.postcode, l.city, l.latitude, l.longitude);
    }

    static Map<String, String> place(Place p) {
        return p == null || p.approximate() ? place(null, null, null, null, null)
                : place(p.address(), p.postcode(), p.city(), p.latitude(), p.longitude());
    }

    private static Map<String, String> place(String address, String postcode, String city, Double lat, Double lon) {
        Map<String, String> s = new HashMap<>();
        s.put("location.address", address);
        s.put("location.postcode", postcode);
        s.put("location.city", city);
        s.put("location.latitude", lat == null ? null : String.valueOf(lat));
        s.put("location.longitude", lon == null ? null : String.valueOf(lon));
        return s;
    }

    static List<String> changedFields(Meeting m, Parsed p, int isoDay) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(m.displayName(), p.name())) {
            changed.add("name");
        }
        if (m.dayOfWeek != isoDay) {
            changed.add("day");
        }
        if (!Objects.equals(m.startTime, p.start())) {
            changed.add("time");
        }
        if (!Objects.equals(m.endTime, p.end())) {
            changed.add("end_time");
        }
        if (!Objects.equals(m.timeZone, p.zone())) {
            changed.add("timezone");
        }
        Set<String> ownTypes = new LinkedHashSet<>(List.of(m.types));
        ownTypes.removeAll(MeetingGuideTypes.DERIVED);
        if (!ownTypes.equals(new LinkedHashSet<>(p.types()))) {
            changed.add("types");
        }
        if (!Objects.equals(m.conferenceUrl, p.conferenceUrl())) {
            changed.add("conference_url");
        }
        if (!Objects.equals(m.conferencePhone, p.conferencePhone())) {
            changed.add("conference_phone");
        }
        if (!Objects.equals(m.conferenceNotes, p.conferenceNotes())) {
            changed.add("conference_url_notes");
        }
        if (!Objects.equals(m.notes, p.notes()) && !(m.group.demo && p.notes() != null && p.notes().startsWith("Voorbeeldgegevens"))) {
            changed.add("notes");
        }
        if (m.temporarilyClosed != p.closedTemporarily()) {
            changed.add("types (TC)");
        }
        Location current = m.location != null ? m.location : null;
        if (!place(current).equals(place(p.place()))) {
            changed.add("location");
        }
        return changed;
    }
}
