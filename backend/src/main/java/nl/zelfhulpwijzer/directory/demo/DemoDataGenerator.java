package nl.zelfhulpwijzer.directory.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import nl.zelfhulpwijzer.directory.Country;
import nl.zelfhulpwijzer.directory.Slugs;

/**
 * Generates realistic but FICTIONAL groups and meetings ("voorbeeldgegevens") across Dutch and Flemish cities,
 * linked to the real seeded organisations. Deterministic for a given seed. Every row it writes has
 * {@code demo = true}, every group name starts with {@value #PREFIX}, and slugs start with "voorbeeld-", so
 * demo data is never mistaken for or mixed into the real seed data. Generating replaces earlier demo data.
 */
@ApplicationScoped
public class DemoDataGenerator {

    public static final String PREFIX = "Voorbeeld: ";
    public static final long DEFAULT_SEED = 20040101L;
    public static final int MAX_GROUPS = 20_000;

    private static final Logger LOG = Logger.getLogger(DemoDataGenerator.class);

    /** A batch's meetings wait here (a temporary table) and go into the meeting table together. */
    private static final String STAGED_MEETINGS = "demo_meeting_batch";
    private static final String MEETING_COLUMNS = "slug, group_id, name, frequency, day_of_week, week_of_month,"
            + " start_time, end_time, time_zone, location_id, conference_url, conference_phone, conference_notes, types,"
            + " notes, temporarily_closed, updated_at";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    public record Result(int groups, int meetings, int locations, long seed) {
    }

    record City(String name, String region, String country, double lat, double lon, int postcode) {
    }

    record Fellowship(String organisationId, String label, String country, String[] audiences, String[] behaviours,
            boolean twelveStep) {
    }

    static final List<City> CITIES = List.of(
            new City("Amsterdam", "Noord-Holland", "NL", 52.3728, 4.8936, 1012),
            new City("Rotterdam", "Zuid-Holland", "NL", 51.9225, 4.4792, 3011),
            new City("Den Haag", "Zuid-Holland", "NL", 52.0705, 4.3007, 2511),
            new City("Utrecht", "Utrecht", "NL", 52.0907, 5.1214, 3511),
            new City("Eindhoven", "Noord-Brabant", "NL", 51.4416, 5.4697, 5611),
            new City("Groningen", "Groningen", "NL", 53.2194, 6.5665, 9711),
            new City("Tilburg", "Noord-Brabant", "NL", 51.5555, 5.0913, 5038),
            new City("Almere", "Flevoland", "NL", 52.3508, 5.2647, 1315),
            new City("Breda", "Noord-Brabant", "NL", 51.5719, 4.7683, 4811),
            new City("Nijmegen", "Gelderland", "NL", 51.8126, 5.8372, 6511),
            new City("Arnhem", "Gelderland", "NL", 51.9851, 5.8987, 6811),
            new City("Haarlem", "Noord-Holland", "NL", 52.3874, 4.6462, 2011),
            new City("Enschede", "Overijssel", "NL", 52.2215, 6.8937, 7511),
            new City("Apeldoorn", "Gelderland", "NL", 52.2112, 5.9699, 7311),
            new City("Amersfoort", "Utrecht", "NL", 52.1561, 5.3878, 3811),
            new City("Zwolle", "Overijssel", "NL", 52.5168, 6.0830, 8011),
            new City("'s-Hertogenbosch", "Noord-Brabant", "NL", 51.6978, 5.3037, 5211),
            new City("Maastricht", "Limburg", "NL", 50.8514, 5.6910, 6211),
            new City("Leiden", "Zuid-Holland", "NL", 52.1601, 4.4970, 2311),
            new City("Leeuwarden", "Friesland", "NL", 53.2012, 5.7999, 8911),
            new City("Dordrecht", "Zuid-Holland", "NL", 51.8133, 4.6901, 3311),
            new City("Deventer", "Overijssel", "NL", 52.2550, 6.1639, 7411),
            new City("Heerlen", "Limburg", "NL", 50.8882, 5.9795, 6411),
            new City("Emmen", "Drenthe", "NL", 52.7792, 6.9006, 7811),
            new City("Middelburg", "Zeeland", "NL", 51.4988, 3.6109, 4331),
            new City("Venlo", "Limburg", "NL", 51.3704, 6.1724, 5911),
            new City("Antwerpen", "Antwerpen", "BE", 51.2194, 4.4025, 2000),
            new City("Gent", "Oost-Vlaanderen", "BE", 51.0543, 3.7174, 9000),
            new City("Brugge", "West-Vlaanderen", "BE", 51.2093, 3.2247, 8000),
            new City("Leuven", "Vlaams-Brabant", "BE", 50.8798, 4.7005, 3000),
            new City("Mechelen", "Antwerpen", "BE", 51.0259, 4.4776, 2800),
            new City("Hasselt", "Limburg (BE)", "BE", 50.9307, 5.3325, 3500),
            new City("Kortrijk", "West-Vlaanderen", "BE", 50.8280, 3.2649, 8500),
            new City("Aalst", "Oost-Vlaanderen", "BE", 50.9378, 4.0403, 9300),
            new City("Oostende", "West-Vlaanderen", "BE", 51.2154, 2.9271, 8400),
            new City("Genk", "Limburg (BE)", "BE", 50.9650, 5.5007, 3600),
            new City("Brussel", "Brussels Hoofdstedelijk Gewest", "BE", 50.8467, 4.3525, 1000));

    static final List<Fellowship> FELLOWSHIPS = List.of(
            new Fellowship("aa-nederland", "AA", "NL", a("PERSON"), a("ALCOHOL"), true),
            new Fellowship("na-nederland", "NA", "NL", a("PERSON"), a("DRUGS", "MEDICATION"), true),
            new Fellowship("agog", "AGOG", "NL", a("PERSON", "PARTNER", "RELATIVE"), a("GAMBLING"), true),
            new Fellowship("al-anon", "Al-Anon", "NL", a("PARTNER", "PARENT", "RELATIVE"), a("ALCOHOL"), true),
            new Fellowship("alateen-al-anon-aca", "Alateen", "NL", a("CHILD"), a("ALCOHOL"), true),
            new Fellowship("anonieme-overeters", "Anonieme Overeters", "NL", a("PERSON"), a("EATING"), true),
            new Fellowship("stichting-zelfhelp-nederland", "Buitenveldert Werkgroep", "NL", a("PERSON"),
                    a("ALCOHOL", "DRUGS"), false),
            new Fellowship("lsovd", "LSOVD oudergroep", "NL", a("PARENT", "RELATIVE"), a("DRUGS"), false),
            new Fellowship("svmg", "SVMG", "NL", a("PERSON"), a("MEDICATION"), false),
            new Fellowship("aa-vlaanderen", "AA", "BE", a("PERSON"), a("ALCOHOL"), true),
            new Fellowship("na-belgium", "NA", "BE", a("PERSON"), a("DRUGS"), true),
            new Fellowship("sos-nuchterheid", "SOS Nuchterheid", "BE", a("PERSON"), a("ALCOHOL", "DRUGS"), false));

    private static final String[] VENUES = { "Buurthuis De Linde", "Wijkcentrum Het Anker", "Ontmoetingscentrum De Brug",
            "Parochiezaal Sint-Jan", "Huis van de Wijk Oost", "Gemeenschapscentrum De Kring", "Vergaderzaal De Horizon",
            "Kerkelijk centrum De Schakel", "Buurtcentrum Het Baken", "Zaal De Vonk", "Trefpunt De Ruimte",
            "Dienstencentrum Den Olm" };
    private static final String[] STREETS = { "Lindelaan", "Kerkstraat", "Molenweg", "Stationsplein", "Schoolstraat",
            "Dorpsstraat", "Julianalaan", "Beukenlaan", "Parklaan", "Marktplein", "Nieuwstraat", "Havenstraat" };
    private static final String[] PARTS = { "Centrum", "Noord", "Oost", "Zuid", "West", "De Bron", "Nieuw Begin",
            "Vrijdagavond", "Open Deur", "Hoop", "Stap voor Stap", "Zaterdagochtend" };
    private static final LocalTime[] STARTS = { LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(13, 30),
            LocalTime.of(14, 0), LocalTime.of(19, 0), LocalTime.of(19, 30), LocalTime.of(20, 0), LocalTime.of(20, 0),
            LocalTime.of(20, 30), LocalTime.of(21, 0), LocalTime.of(7, 30) };

    private static String[] a(String... values) {
        return values;
    }

    /** Replaces all demo data by {@code groups} fictional groups with 1–9 meetings each (about 5 on average). */
    public Result generate(int groups, long seed) {
        if (groups < 0 || groups > MAX_GROUPS) {
            throw new IllegalArgumentException("groups must be 0.." + MAX_GROUPS);
        }
        Random random = new Random(seed);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                deleteDemo(connection);
                Result result = insert(connection, groups, seed, random);
                connection.commit();
                LOG.infof("Demo data (voorbeeldgegevens): %d groups, %d meetings, %d locations (seed %d)",
                        result.groups(), result.meetings(), result.locations(), seed);
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write demo data", e);
        }
    }

    /** Removes all demo data; real data stay untouched. Returns the number of groups removed. */
    public int clear() {
        try (Connection connection = dataSource.getConnection()) {
            return deleteDemo(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove demo data", e);
        }
    }

    public long countDemoGroups() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from self_help_group where demo")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int deleteDemo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from meeting where group_id in (select id from self_help_group where demo)");
            int removed = statement.executeUpdate("delete from self_help_group where demo");
            statement.executeUpdate("delete from location where demo and id not in (select location_id from meeting "
                    + "where location_id is not null union select location_id from self_help_group where location_id is not null)");
            return removed;
        }
    }

    private Result insert(Connection connection, int groups, long seed, Random random) throws SQLException {
        long[] locationIds = nextIds(connection, "location", groups);
        long[] groupIds = nextIds(connection, "self_help_group", groups);
        int meetings = 0;
        java.time.Instant now = clock.instant();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + STAGED_MEETINGS + " on commit drop as select " + MEETING_COLUMNS
                    + " from meeting with no data");
        }
        try (PreparedStatement location = connection.prepareStatement("insert into location (id, name, address, postcode, "
                + "city, region, country, latitude, longitude, approximate, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)");
                PreparedStatement group = connection.prepareStatement("insert into self_help_group (id, slug, organisation_id,"
                        + " name, location_id, audiences, behaviours, open_meeting, dual_diagnosis, inside_institution,"
                        + " accepts_trial, medication_note, languages, accessibility, professional_may_attend, contact_role,"
                        + " contact_phone, contact_email, website, notes, status, demo, verified_at, verified_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?, ?,"
                        + " ?, ?, ?, ?, 'ACTIVE', true, ?, ?, ?)");
                PreparedStatement meeting = connection.prepareStatement("insert into " + STAGED_MEETINGS + " (" + MEETING_COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?)")) {
            for (int i = 0; i < groups; i++) {
                Fellowship fellowship = FELLOWSHIPS.get(random.nextInt(FELLOWSHIPS.size()));
                List<City> cities = CITIES.stream().filter(c -> c.country().equals(fellowship.country())).toList();
                City city = cities.get(random.nextInt(cities.size()));
                String part = PARTS[random.nextInt(PARTS.length)];
                boolean approximate = random.nextInt(20) == 0;
                long locationId = locationIds[i];
                double lat = city.lat() + (random.nextDouble() - 0.5) * 0.06;
                double lon = city.lon() + (random.nextDouble() - 0.5) * 0.09;
                location.setLong(1, locationId);
                location.setString(2, approximate ? null : VENUES[random.nextInt(VENUES.length)]);
                location.setString(3, approximate ? null : STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)));
                location.setString(4, postcode(city, random));
                location.setString(5, city.name());
                location.setString(6, city.region());
                location.setString(7, city.country());
                location.setDouble(8, round(lat));
                location.setDouble(9, round(lon));
                location.setBoolean(10, approximate);
                location.addBatch();

                long groupId = groupIds[i];
                String slug = "voorbeeld-" + Slugs.of(fellowship.label()) + "-" + Slugs.of(city.name()) + "-" + (i + 1);
                boolean open = random.nextInt(3) > 0;
                boolean insideInstitution = random.nextInt(12) == 0;
                group.setLong(1, groupId);
                group.setString(2, slug);
                group.setString(3, fellowship.organisationId());
                group.setString(4, PREFIX + fellowship.label() + " " + city.name() + " " + part);
                group.setLong(5, locationId);
                group.setString(6, array(fellowship.audiences()));
                group.setString(7, array(fellowship.behaviours()));
                group.setBoolean(8, open);
                group.setBoolean(9, random.nextInt(10) == 0);
                group.setBoolean(10, insideInstitution);
                group.setBoolean(11, fellowship.twelveStep() && random.nextInt(4) > 0);
                group.setString(12, "na-nederland".equals(fellowship.organisationId()) || "na-belgium".equals(fellowship.organisationId())
                        ? "Voorbeeldtekst: vraag de groep hoe zij omgaat met voorgeschreven medicatie of methadon." : null);
                group.setString(13, array(languages(city, random)));
                group.setString(14, array(accessibility(random)));
                group.setBoolean(15, open);
                group.setString(16, random.nextBoolean() ? "CHAIR" : insideInstitution ? "LIAISON_OFFICER" : "HELPLINE");
                group.setString(17, phone(city, random));
                group.setString(18, null);
                group.setString(19, null);
                group.setString(20, "Voorbeeldgegevens: deze groep bestaat niet echt.");
                java.time.Instant verified = now.minus(Duration.ofDays(random.nextInt(400)));
                group.setTimestamp(21, random.nextInt(8) == 0 ? null : Timestamp.from(verified));
                group.setString(22, "voorbeeldgegevens");
                group.setTimestamp(23, Timestamp.from(verified));
                group.addBatch();

                int count = meetingCount(random);
                int onlineMode = random.nextInt(10); // 0: online only, 1: hybrid, else in person
                int firstDay = 1 + random.nextInt(7);
                for (int m = 0; m < count; m++) {
                    int day = 1 + (firstDay - 1 + m * 3) % 7;
                    boolean monthly = m > 0 && random.nextInt(8) == 0;
                    LocalTime start = STARTS[random.nextInt(STARTS.length)];
                    boolean online = onlineMode <= 1;
                    boolean inPerson = onlineMode != 0 && !approximate;
                    meeting.setString(1, slug + "-" + (m + 1));
                    meeting.setLong(2, groupId);
                    meeting.setString(3, null);
                    meeting.setString(4, monthly ? "MONTHLY" : "WEEKLY");
                    meeting.setShort(5, (short) day);
                    if (monthly) {
                        meeting.setShort(6, (short) (random.nextInt(5) == 0 ? -1 : 1 + random.nextInt(4)));
                    } else {
                        meeting.setNull(6, java.sql.Types.SMALLINT);
                    }
                    meeting.setTime(7, Time.valueOf(start));
                    meeting.setTime(8, Time.valueOf(start.plusMinutes(random.nextBoolean() ? 90 : 120)));
                    meeting.setString(9, Country.valueOf(city.country()).zone().getId());
                    if (inPerson || approximate) {
                        meeting.setLong(10, locationId);
                    } else {
                        meeting.setNull(10, java.sql.Types.BIGINT);
                    }
                    meeting.setString(11, online ? "https://voorbeeld.zelfhulpwijzer.nl/online/" + slug + "-" + (m + 1) : null);
                    meeting.setString(12, null);
                    meeting.setString(13, online ? "Voorbeeldgegevens: geen echte vergaderlink." : null);
                    meeting.setString(14, array(types(open, fellowship, random)));
                    meeting.setString(15, null);
                    meeting.setBoolean(16, random.nextInt(40) == 0);
                    meeting.setTimestamp(17, Timestamp.from(verified));
                    meeting.addBatch();
                    meetings++;
                }
                if (i % 500 == 499) {
                    location.executeBatch();
                    group.executeBatch();
                    meeting.executeBatch();
                    moveStagedMeetings(connection);
                }
            }
            location.executeBatch();
            group.executeBatch();
            meeting.executeBatch();
            moveStagedMeetings(connection);
        }
        return new Result(groups, meetings, groups, seed);
    }

    /**
     * The staged meetings of a batch into the meeting table in one statement: V201's statement triggers then update each
     * group's count of listed meetings once, not once per meeting (five new row versions of the group each, which had
     * spread the group table over six times its pages).
     */
    private static void moveStagedMeetings(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("with staged as (delete from " + STAGED_MEETINGS + " returning " + MEETING_COLUMNS
                    + ") insert into meeting (" + MEETING_COLUMNS + ") select " + MEETING_COLUMNS + " from staged");
        }
    }

    private static long[] nextIds(Connection connection, String table, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
            statement.setString(1, table);
            statement.setInt(2, count);
            try (ResultSet rs = statement.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    ids[i++] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private static int meetingCount(Random random) {
        // 1..9, mean about 5 (10,000 groups give about 50,000 meetings).
        return 1 + random.nextInt(5) + random.nextInt(5);
    }

    private static String[] languages(City city, Random random) {
        if ("BE".equals(city.country())) {
            return "Brussel".equals(city.name()) ? a("nl", "fr") : random.nextInt(6) == 0 ? a("nl", "en") : a("nl");
        }
        return random.nextInt(8) == 0 ? a("nl", "en") : a("nl");
    }

    private static String[] accessibility(Random random) {
        List<String> features = new ArrayList<>();
        if (random.nextInt(3) > 0) {
            features.add("WHEELCHAIR");
        }
        if (random.nextInt(6) == 0) {
            features.add("HEARING_LOOP");
        }
        if (random.nextInt(2) == 0) {
            features.add("PUBLIC_TRANSPORT");
        }
        return features.toArray(String[]::new);
    }

    private static String[] types(boolean open, Fellowship fellowship, Random random) {
        List<String> types = new ArrayList<>();
        types.add(open ? "O" : "C");
        types.add(random.nextBoolean() ? "D" : "SP");
        if (random.nextInt(4) == 0) {
            types.add("BE");
        }
        if (!fellowship.twelveStep()) {
            types.add("A");
        }
        return types.toArray(String[]::new);
    }

    private static String postcode(City city, Random random) {
        int number = city.postcode() + random.nextInt(9);
        if ("BE".equals(city.country())) {
            return String.valueOf(city.postcode());
        }
        char first = (char) ('A' + random.nextInt(26));
        char second = (char) ('A' + random.nextInt(26));
        return number + " " + first + second;
    }

    /** Fictional numbers in the ranges reserved for drama/examples are not available for all areas; use 0000. */
    private static String phone(City city, Random random) {
        return "BE".equals(city.country())
                ? "+32 3 000 " + String.format(Locale.ROOT, "%02d %02d", random.nextInt(100), random.nextInt(100))
                : "+31 6 0000 " + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
    }

    private static double round(double value) {
        return Math.round(value * 1e5) / 1e5;
    }

    private static String array(String[] values) {
        return "{" + String.join(",", values) + "}";
    }
}
