package nl.zelfhulpwijzer.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the meetings of one search page (with group, organisation and place) with plain JDBC into detached,
 * read-only entity objects, so the usual mapping applies. The public search is the busiest read: going round the
 * persistence context (entity graph, snapshots, query translation) halves its Java cost, and finding the page and
 * reading its meetings in one statement saves a round trip to the database per request.
 */
final class MeetingPageRows {

    /** A meeting's columns, over meeting {@code m}, group {@code g}, organisation {@code o} and place {@code l} ({@link #JOINS}). */
    static final String COLUMNS = MeetingColumns.SELECT + ","
            + " g.id, g.slug, g.name, g.open_meeting, g.audiences, g.behaviours, g.languages, g.accessibility,"
            + " g.dual_diagnosis, g.demo, g.verified_at, g.updated_at,"
            + " o.id, o.name, o.short_name, o.kind, o.approach,"
            + " l.id, l.name, l.address, l.postcode, l.city, l.region, l.country, l.latitude, l.longitude, l.approximate";

    static final String JOINS = MeetingSearchSql.rowByKey("self_help_group", "g", "m.group_id", false)
            + MeetingSearchSql.rowByKey("organisation", "o", "g.organisation_id", false)
            + MeetingSearchSql.rowByKey("location", "l", "m.location_id", true);

    private static final int COLUMN_COUNT = 41;

    static final String SELECT = "select " + COLUMNS + " from meeting m" + JOINS + " where m.id = any(?)";

    private MeetingPageRows() {
    }

    static Map<Long, Meeting> load(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, Meeting> meetings = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Meeting meeting = meeting(rs);
                    meetings.put(meeting.id, meeting);
                }
            }
        }
        return meetings;
    }

    /**
     * Runs a statement whose rows are {@link #COLUMNS} followed by the distance and the total of hits (as
     * {@link MeetingSearchSql#pageRowsQuery} builds it): the hits in the rows' order, and the total (0 without rows).
     */
    static MeetingSearchRepository.Page page(Connection connection, NamedParameters query) throws SQLException {
        List<MeetingSearchRepository.Hit> hits = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = query.prepare(connection); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                hits.add(new MeetingSearchRepository.Hit(meeting(rs),
                        MeetingSearchRepository.roundedKm(rs.getObject(COLUMN_COUNT + 1))));
                total = rs.getLong(COLUMN_COUNT + 2);
            }
        }
        return new MeetingSearchRepository.Page(hits, total);
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        Meeting m = MeetingColumns.read(rs, 1);
        m.group = group(rs);
        m.location = location(rs);
        return m;
    }

    private static SelfHelpGroup group(ResultSet rs) throws SQLException {
        SelfHelpGroup g = new SelfHelpGroup();
        g.id = rs.getLong(15);
        g.slug = rs.getString(16);
        g.name = rs.getString(17);
        g.open = rs.getBoolean(18);
        g.audiences = RowValues.strings(rs.getArray(19));
        g.behaviours = RowValues.strings(rs.getArray(20));
        g.languages = RowValues.strings(rs.getArray(21));
        g.accessibility = RowValues.strings(rs.getArray(22));
        g.dualDiagnosis = rs.getBoolean(23);
        g.demo = rs.getBoolean(24);
        g.verifiedAt = RowValues.instant(rs.getTimestamp(25));
        g.updatedAt = RowValues.instant(rs.getTimestamp(26));
        Organisation o = new Organisation();
        o.id = rs.getString(27);
        o.name = rs.getString(28);
        o.shortName = rs.getString(29);
        o.kind = OrganisationKind.valueOf(rs.getString(30));
        o.approach = Approach.valueOf(rs.getString(31));
        g.organisation = o;
        return g;
    }

    private static Location location(ResultSet rs) throws SQLException {
        long id = rs.getLong(32);
        if (rs.wasNull()) {
            return null;
        }
        Location l = new Location();
        l.id = id;
        l.name = rs.getString(33);
        l.address = rs.getString(34);
        l.postcode = rs.getString(35);
        l.city = rs.getString(36);
        l.region = rs.getString(37);
        l.country = Country.valueOf(rs.getString(38));
        l.latitude = rs.getObject(39, Double.class);
        l.longitude = rs.getObject(40, Double.class);
        l.approximate = rs.getBoolean(41);
        return l;
    }
}
