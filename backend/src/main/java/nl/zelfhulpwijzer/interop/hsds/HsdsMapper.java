package nl.zelfhulpwijzer.interop.hsds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.zelfhulpwijzer.directory.ContactKind;
import nl.zelfhulpwijzer.directory.ContactPoint;
import nl.zelfhulpwijzer.directory.DirectoryChange;
import nl.zelfhulpwijzer.directory.DirectoryQueries;
import nl.zelfhulpwijzer.directory.Frequency;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.MeetingSchedule;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/**
 * Our directory as HSDS 3.0: an organisation is an organization, a group is a service, its meeting place a
 * location (virtual for online meetings), each meeting a schedule (freq + byday such as 2MO, opens_at with UTC
 * offset), verifiedAt is assured_date and the field history is metadata. HSDS ids are UUIDs: we derive stable
 * name-based UUIDs from our keys, so they never change between calls.
 */
public final class HsdsMapper {

    static final Map<String, String> AUDIENCES = Map.of("PERSON", "mensen met een verslaving", "PARTNER", "partners",
            "PARENT", "ouders", "CHILD", "kinderen", "RELATIVE", "familie en naasten", "COLLEAGUE", "collega's",
            "PROFESSIONAL", "professionals");
    static final Map<String, String> BEHAVIOURS = Map.of("ALCOHOL", "alcohol", "DRUGS", "drugs", "GAMBLING", "gokken",
            "MEDICATION", "medicijnen", "EATING", "eten", "OTHER", "ander gedrag");
    static final Map<String, String> LANGUAGES = Map.of("nl", "Nederlands", "en", "Engels", "fr", "Frans", "de", "Duits",
            "tr", "Turks", "ar", "Arabisch", "pl", "Pools");
    static final Map<String, String> ACCESSIBILITY = Map.of("WHEELCHAIR", "Toegankelijk met rolstoel", "HEARING_LOOP",
            "Ringleiding", "SIGN_LANGUAGE", "Gebarentolk", "CHILDCARE", "Kinderopvang", "FRAGRANCE_FREE", "Geurvrij",
            "PUBLIC_TRANSPORT", "Goed bereikbaar met openbaar vervoer");
    static final String[] DAYS = { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag" };
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private HsdsMapper() {
    }

    public static String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** An organisation with its one-to-one fields only, as in the HSDS organization list. */
    public static HsdsModel.Organization organization(Organisation o) {
        return organization(o, false, null);
    }

    /**
     * full adds phones and attributes (taxonomy terms); services (already mapped, one-to-one or full) are added when
     * given.
     */
    public static HsdsModel.Organization organization(Organisation o, boolean full, List<HsdsModel.Service> services) {
        String id = uuid("organisation", o.id);
        List<HsdsModel.Phone> phones = new ArrayList<>();
        String email = null;
        String website = null;
        for (ContactPoint c : o.contactPoints) {
            if ((c.kind == ContactKind.PHONE || c.kind == ContactKind.HELPLINE)) {
                phones.add(new HsdsModel.Phone(uuid("contact", String.valueOf(c.id)), null, id, c.value,
                        c.note != null ? c.note : c.label));
            } else if (c.kind == ContactKind.EMAIL && email == null) {
                email = c.value;
            } else if (c.kind == ContactKind.WEBSITE && website == null) {
                website = c.value.startsWith("http") ? c.value : "https://" + c.value;
            }
        }
        List<HsdsModel.Attribute> attributes = full ? HsdsTaxonomy.attributes("organization", id, organisationTerms(o)) : null;
        return new HsdsModel.Organization(id, o.name, o.shortName, o.description == null ? "" : o.description, email, website,
                o.umbrella == null ? null : uuid("organisation", o.umbrella.id), full && !phones.isEmpty() ? phones : null,
                attributes, services);
    }

    /** A group as a service; nested (full) adds organization, schedules, locations, languages and metadata. */
    public static HsdsModel.Service service(SelfHelpGroup g, boolean full, Instant now, List<DirectoryChange> history) {
        String id = uuid("group", g.slug);
        List<Meeting> meetings = g.meetings;
        boolean allClosed = !meetings.isEmpty() && meetings.stream().allMatch(m -> m.temporarilyClosed);
        String status = switch (g.status) {
            case ACTIVE -> allClosed ? "temporarily closed" : "active";
            case INACTIVE -> "inactive";
        };
        Instant modified = meetings.stream().map(m -> m.updatedAt).filter(java.util.Objects::nonNull)
                .reduce(g.updatedAt, (a, b) -> a == null || b.isAfter(a) ? b : a);
        String description = (g.demo ? "Voorbeeldgegevens: deze groep bestaat niet echt. " : "")
                + (g.notes != null && !g.demo ? g.notes : g.organisation.description);
        if (!full) {
            return new HsdsModel.Service(id, uuid("organisation", g.organisation.id), g.name, null, description, g.website,
                    g.contactEmail, status, eligibility(g), application(g), null,
                    g.verifiedAt == null ? null : g.verifiedAt.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                    modified == null ? null : modified.toString(), null, null, null, null, null, null, null, null);
        }
        List<HsdsModel.Phone> phones = g.contactPhone == null ? null
                : List.of(new HsdsModel.Phone(uuid("group-phone", g.slug), id, null, g.contactPhone,
                        g.contactRole == null ? null : roleLabel(g.contactRole.name())));
        List<HsdsModel.ServiceAtLocation> locations = serviceAtLocations(g, null);
        List<HsdsModel.Schedule> schedules = meetings.stream().map(m -> schedule(id, g, m, now)).toList();
        List<HsdsModel.Language> languages = Arrays.stream(g.languages)
                .map(code -> new HsdsModel.Language(uuid("language", g.slug + ":" + code), id, LANGUAGES.getOrDefault(code, code), code))
                .toList();
        List<HsdsModel.Metadata> metadata = history.stream()
                .map(c -> new HsdsModel.Metadata(uuid("change", String.valueOf(c.id)), id,
                        c.entityType.equals("GROUP") ? "service" : "schedule", c.changedAt.toString(),
                        c.oldValue == null ? "create" : "update", c.field,
                        c.oldValue == null ? "" : c.oldValue, c.newValue == null ? "" : c.newValue, c.changedBy))
                .toList();
        String alert = allClosed ? "Deze groep komt tijdelijk niet bij elkaar." : null;
        return new HsdsModel.Service(id, uuid("organisation", g.organisation.id), g.name, null, description, g.website,
                g.contactEmail, status, eligibility(g), application(g), null,
                g.verifiedAt == null ? null : g.verifiedAt.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                modified == null ? null : modified.toString(), alert, organization(g.organisation), phones, schedules,
                locations, languages, HsdsTaxonomy.attributes("service", id, groupTerms(g)), metadata);
    }

    static Map<HsdsTaxonomy.Dimension, List<String>> groupTerms(SelfHelpGroup g) {
        Map<HsdsTaxonomy.Dimension, List<String>> terms = new java.util.EnumMap<>(HsdsTaxonomy.Dimension.class);
        terms.put(HsdsTaxonomy.Dimension.AUDIENCE, Arrays.asList(g.audiences));
        terms.put(HsdsTaxonomy.Dimension.BEHAVIOUR, Arrays.asList(g.behaviours));
        terms.put(HsdsTaxonomy.Dimension.APPROACH, g.organisation.approach == null ? List.of() : List.of(g.organisation.approach.name()));
        terms.put(HsdsTaxonomy.Dimension.KIND, g.organisation.kind == null ? List.of() : List.of(g.organisation.kind.name()));
        return terms;
    }

    static Map<HsdsTaxonomy.Dimension, List<String>> organisationTerms(Organisation o) {
        Map<HsdsTaxonomy.Dimension, List<String>> terms = new java.util.EnumMap<>(HsdsTaxonomy.Dimension.class);
        terms.put(HsdsTaxonomy.Dimension.AUDIENCE, o.audiences == null ? List.of() : Arrays.asList(o.audiences));
        terms.put(HsdsTaxonomy.Dimension.BEHAVIOUR, o.behaviours == null ? List.of() : Arrays.asList(o.behaviours));
        terms.put(HsdsTaxonomy.Dimension.APPROACH, o.approach == null ? List.of() : List.of(o.approach.name()));
        terms.put(HsdsTaxonomy.Dimension.KIND, o.kind == null ? List.of() : List.of(o.kind.name()));
        return terms;
    }

    /** The key of a service at location: a location id, or ONLINE for the group's online meetings. */
    public static final String ONLINE = DirectoryQueries.ONLINE;

    /** The keys of a group's service_at_locations, in order: its own place, its meetings' places, then online. */
    public static List<String> locationKeys(SelfHelpGroup g) {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        if (g.location != null) {
            keys.add(String.valueOf(g.location.id));
        }
        for (Meeting m : g.meetings) {
            if (m.location != null) {
                keys.add(String.valueOf(m.location.id));
            }
        }
        if (g.meetings.stream().anyMatch(m -> m.conferenceUrl != null || m.conferencePhone != null)) {
            keys.add(ONLINE);
        }
        return List.copyOf(keys);
    }

    public static String serviceAtLocationId(String groupSlug, String key) {
        return uuid("service-at-location", groupSlug + ":" + key);
    }

    static String locationId(SelfHelpGroup g, String key) {
        return ONLINE.equals(key) ? uuid("virtual-location", g.slug) : uuid("location", key);
    }

    /**
     * The group's places as HSDS service_at_locations (physical, or one virtual location for its online meetings).
     * With service given, each one also carries that service (the /service_at_locations endpoints).
     */
    public static List<HsdsModel.ServiceAtLocation> serviceAtLocations(SelfHelpGroup g, HsdsModel.Service service) {
        String serviceId = uuid("group", g.slug);
        Map<String, nl.zelfhulpwijzer.directory.Location> places = new java.util.HashMap<>();
        if (g.location != null) {
            places.put(String.valueOf(g.location.id), g.location);
        }
        g.meetings.stream().filter(m -> m.location != null).forEach(m -> places.put(String.valueOf(m.location.id), m.location));
        List<HsdsModel.ServiceAtLocation> result = new ArrayList<>();
        for (String key : locationKeys(g)) {
            HsdsModel.Location location = ONLINE.equals(key) ? virtualLocation(g) : location(g, places.get(key));
            result.add(new HsdsModel.ServiceAtLocation(serviceAtLocationId(g.slug, key), serviceId, location.id(),
                    ONLINE.equals(key) ? "Online bijeenkomsten van " + g.name + "."
                            : "Bijeenkomsten van " + g.name + " in " + places.get(key).city + ".",
                    location, service));
        }
        return result;
    }

    static HsdsModel.Location location(SelfHelpGroup g, nl.zelfhulpwijzer.directory.Location l) {
        String locationId = uuid("location", String.valueOf(l.id));
        List<HsdsModel.Address> addresses = l.isSpecific()
                ? List.of(new HsdsModel.Address(uuid("address", String.valueOf(l.id)), locationId, l.address, l.city, l.region,
                        l.region != null ? l.region : l.city, l.postcode != null ? l.postcode : "", l.country.name(), "physical"))
                : null;
        List<HsdsModel.Accessibility> accessibility = g.location != null && g.location.id.equals(l.id)
                ? Arrays.stream(g.accessibility)
                        .map(a -> new HsdsModel.Accessibility(uuid("accessibility", l.id + ":" + a), locationId, ACCESSIBILITY.getOrDefault(a, a)))
                        .toList()
                : null;
        return new HsdsModel.Location(locationId, "physical", null, l.name != null ? l.name : l.city,
                l.isSpecific() ? null : "Alleen de plaats is bekend: " + l.city + ".",
                l.isSpecific() ? l.latitude : null, l.isSpecific() ? l.longitude : null, addresses,
                accessibility == null || accessibility.isEmpty() ? null : accessibility);
    }

    /** One virtual location for a group's online meetings; its url only when they all use the same link. */
    static HsdsModel.Location virtualLocation(SelfHelpGroup g) {
        List<String> urls = g.meetings.stream().map(m -> m.conferenceUrl).filter(java.util.Objects::nonNull).distinct().toList();
        return new HsdsModel.Location(locationId(g, ONLINE), "virtual", urls.size() == 1 ? urls.get(0) : null, "Online",
                "Online bijeenkomsten; de vergaderlink of het inbelnummer staat bij elke bijeenkomst.", null, null, null, null);
    }

    static HsdsModel.Schedule schedule(String serviceId, SelfHelpGroup g, Meeting m, Instant now) {
        MeetingSchedule schedule = m.schedule();
        ZonedDateTime next = schedule.nextStart(now);
        String offset = next.getOffset().getId().equals("Z") ? "Z" : next.getOffset().getId();
        double hours = next.getOffset().getTotalSeconds() / 3600.0;
        String when = m.frequency == Frequency.WEEKLY
                ? "Elke " + DAYS[m.dayOfWeek - 1]
                : (m.weekOfMonth == -1 ? "Elke laatste " : "Elke " + ordinal(m.weekOfMonth) + " ") + DAYS[m.dayOfWeek - 1] + " van de maand";
        String time = m.startTime.format(HH_MM) + (m.endTime == null ? "" : "–" + m.endTime.format(HH_MM));
        String attending = switch (m.attendance()) {
            case IN_PERSON -> "Op locatie.";
            case ONLINE -> "Online" + (m.conferenceUrl != null ? ": " + m.conferenceUrl : "") + ".";
            case HYBRID -> "Op locatie en online" + (m.conferenceUrl != null ? ": " + m.conferenceUrl : "") + ".";
            case INACTIVE -> "Komt tijdelijk niet bij elkaar.";
        };
        return new HsdsModel.Schedule(uuid("meeting", m.slug), serviceId,
                m.location != null ? uuid("location", String.valueOf(m.location.id))
                        : m.conferenceUrl != null || m.conferencePhone != null ? locationId(g, ONLINE) : null,
                m.frequency.name(),
                schedule.byDay(), hours, m.startTime.format(HH_MM) + offset,
                m.endTime == null ? null : m.endTime.format(HH_MM) + offset, when + ", " + time + " (" + m.timeZone + ")",
                attending, m.temporarilyClosed ? "Tijdelijk gesloten." : m.notes);
    }

    static String eligibility(SelfHelpGroup g) {
        String who = Arrays.stream(g.audiences).map(a -> AUDIENCES.getOrDefault(a, a)).collect(Collectors.joining(", "));
        String what = Arrays.stream(g.behaviours).map(b -> BEHAVIOURS.getOrDefault(b, b)).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder("Voor " + who + (what.isEmpty() ? "" : " (" + what + ")") + ".");
        text.append(g.open ? " Open groep: iedereen is welkom." : " Besloten groep: alleen voor wie de groep bedoeld is.");
        if (g.dualDiagnosis) {
            text.append(" Voor mensen met een dubbele diagnose.");
        }
        if (g.medicationNote != null) {
            text.append(' ').append(g.medicationNote);
        }
        return text.toString();
    }

    static String application(SelfHelpGroup g) {
        List<String> parts = new ArrayList<>();
        if (g.contactRole != null) {
            parts.add("Neem contact op met de " + roleLabel(g.contactRole.name()) + " van de groep.");
        }
        if (g.acceptsTrial) {
            parts.add("De groep staat open voor een proefperiode van minstens zes bijeenkomsten.");
        }
        if (g.professionalMayAttend) {
            parts.add("Een hulpverlener mag meekomen.");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "CHAIR" -> "voorzitter";
            case "HELPLINE" -> "hulplijn";
            case "LIAISON_OFFICER" -> "aandachtsfunctionaris";
            case "SECRETARY" -> "secretaris";
            default -> role.toLowerCase();
        };
    }

    private static String ordinal(int week) {
        return switch (week) {
            case 1 -> "eerste";
            case 2 -> "tweede";
            case 3 -> "derde";
            default -> "vierde";
        };
    }
}
