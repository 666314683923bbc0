package nl.zelfhulpwijzer.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A few known (test-only, fictional) groups and meetings for search tests. Clock for the order tests: Wednesday
 * 14 January 2026, 12:00 in Amsterdam.
 */
@ApplicationScoped
public class DirectoryFixtures {

    public static final Instant WEDNESDAY_NOON = Instant.parse("2026-01-14T11:00:00Z");

    @Transactional
    public void ensure() {
        if (SelfHelpGroup.count("slug like 'test-%'") > 0) {
            return;
        }
        Location utrecht = location("Wijkcentrum Test", "Lindelaan 1", "3511 AB", "Utrecht", "Utrecht", Country.NL, 52.0907, 5.1214, false);
        SelfHelpGroup aa = group("test-aa-utrecht", "aa-nederland", "AA Utrecht De Bron", utrecht, "PERSON", "ALCOHOL");
        aa.languages = new String[] { "nl", "en" };
        aa.accessibility = new String[] { "WHEELCHAIR" };
        aa.acceptsTrial = true;
        meeting(aa, "test-aa-utrecht-wo", DayOfWeek.WEDNESDAY, null, LocalTime.of(19, 30), utrecht, null, "O", "D");
        meeting(aa, "test-aa-utrecht-za", DayOfWeek.SATURDAY, null, LocalTime.of(10, 0), utrecht, "https://meet.example/aa", "O");

        Location amersfoort = location("Buurthuis Test", "Kerkstraat 2", "3811 CD", "Amersfoort", "Utrecht", Country.NL, 52.1561, 5.3878, false);
        SelfHelpGroup alAnon = group("test-al-anon-amersfoort", "al-anon", "Al-Anon Amersfoort", amersfoort, "PARTNER", "ALCOHOL");
        alAnon.audiences = new String[] { "PARTNER", "RELATIVE" };
        meeting(alAnon, "test-al-anon-amersfoort-2ma", DayOfWeek.MONDAY, 2, LocalTime.of(20, 0), amersfoort, null, "C");

        Location gent = location("Ontmoetingscentrum Test", "Veldstraat 3", "9000", "Gent", "Oost-Vlaanderen", Country.BE, 51.0543, 3.7174, false);
        SelfHelpGroup na = group("test-na-gent", "na-belgium", "NA Gent Nieuw Begin", gent, "PERSON", "DRUGS");
        na.medicationNote = "Voorgeschreven methadon is voor deze groep geen bezwaar.";
        na.languages = new String[] { "nl", "fr" };
        Meeting naThu = meeting(na, "test-na-gent-do", DayOfWeek.THURSDAY, null, LocalTime.of(20, 0), gent, null, "O");
        naThu.timeZone = "Europe/Brussels";

        SelfHelpGroup agog = group("test-agog-online", "agog", "AGOG Online Gokgroep", null, "PERSON", "GAMBLING");
        meeting(agog, "test-agog-online-wo-1230", DayOfWeek.WEDNESDAY, null, LocalTime.of(12, 30), null, "https://meet.example/agog", "C");
        meeting(agog, "test-agog-online-wo-1130", DayOfWeek.WEDNESDAY, null, LocalTime.of(11, 30), null, "https://meet.example/agog2", "C");

        Location antwerpen = location(null, null, null, "Antwerpen", "Antwerpen", Country.BE, 51.2194, 4.4025, true);
        SelfHelpGroup sos = group("test-sos-antwerpen", "sos-nuchterheid", "SOS Nuchterheid Antwerpen", antwerpen, "PERSON", "ALCOHOL");
        sos.open = false;
        Meeting closed = meeting(sos, "test-sos-antwerpen-di", DayOfWeek.TUESDAY, null, LocalTime.of(22, 0), antwerpen, null, "C", "A");
        closed.temporarilyClosed = true;
    }

    private static Location location(String name, String address, String postcode, String city, String region, Country country,
            double lat, double lon, boolean approximate) {
        Location l = new Location();
        l.name = name;
        l.address = address;
        l.postcode = postcode;
        l.city = city;
        l.region = region;
        l.country = country;
        l.latitude = lat;
        l.longitude = lon;
        l.approximate = approximate;
        l.persist();
        return l;
    }

    private static SelfHelpGroup group(String slug, String organisationId, String name, Location location, String audience,
            String behaviour) {
        SelfHelpGroup g = new SelfHelpGroup();
        g.slug = slug;
        g.organisation = Organisation.findById(organisationId);
        g.name = name;
        g.location = location;
        g.audiences = new String[] { audience };
        g.behaviours = new String[] { behaviour };
        g.verifiedAt = WEDNESDAY_NOON.minusSeconds(86400L * 30);
        g.verifiedBy = "test";
        g.contactRole = ContactRole.CHAIR;
        g.persist();
        return g;
    }

    private static Meeting meeting(SelfHelpGroup g, String slug, DayOfWeek day, Integer week, LocalTime start, Location location,
            String conferenceUrl, String... types) {
        Meeting m = new Meeting();
        m.slug = slug;
        m.group = g;
        m.frequency = week == null ? Frequency.WEEKLY : Frequency.MONTHLY;
        m.dayOfWeek = (short) day.getValue();
        m.weekOfMonth = week == null ? null : week.shortValue();
        m.startTime = start;
        m.endTime = start.plusMinutes(90);
        m.location = location;
        m.conferenceUrl = conferenceUrl;
        m.types = types;
        g.meetings.add(m);
        m.persist();
        return m;
    }
}
