package nl.zelfhulpwijzer.directory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the groups of one harvest page ({@link DirectoryHarvest#groups}) with their meetings in two plain JDBC queries
 * into detached, read-only entity objects, as {@link MeetingPageRows} does for the search: loading them as managed
 * entities with their meetings was most of the FHIR door's CPU time per page. Filled is what a door shows of a group:
 * all its own columns but the internal ones (created, verified by, contact role, trial and medication notes), its
 * organisation's key, kind, approach, status and time of change, the key of its place, and its meetings with the key,
 * address and precision of their places.
 */
final class HarvestGroupRows {

    private static final String GROUPS = "select g.id, g.slug, g.name, g.audiences, g.behaviours, g.open_meeting,"
            + " g.languages, g.accessibility, g.dual_diagnosis, g.inside_institution, g.professional_may_attend,"
            + " g.contact_phone, g.contact_email, g.website, g.notes, g.status, g.demo, g.verified_at, g.updated_at, g.version,"
            + " g.location_id, o.id, o.kind, o.approach, o.status, o.updated_at"
            + " from self_help_group g join organisation o on o.id = g.organisation_id where g.id = any(?)";

    /** In the order of the entity's meetings ({@code @OrderBy("dayOfWeek, startTime, id")}). */
    private static final String MEETINGS = "select " + MeetingColumns.SELECT + ", m.group_id, m.version, l.id, l.address, l.approximate"
            + " from meeting m left join location l on l.id = m.location_id where m.group_id = any(?)"
            + " order by m.day_of_week, m.start_time, m.id";

    private HarvestGroupRows() {
    }

    /** The groups with these ids, by id; an id without a group is left out. */
    static Map<Long, SelfHelpGroup> load(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, SelfHelpGroup> groups = new HashMap<>();
        Array idArray = connection.createArrayOf("bigint", ids.toArray());
        try (PreparedStatement statement = connection.prepareStatement(GROUPS)) {
            statement.setArray(1, idArray);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    SelfHelpGroup g = group(rs);
                    groups.put(g.id, g);
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(MEETINGS)) {
            statement.setArray(1, idArray);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    SelfHelpGroup g = groups.get(rs.getLong(MeetingColumns.COUNT + 1));
                    Meeting m = meeting(rs);
                    m.group = g;
                    g.meetings.add(m);
                }
            }
        }
        return groups;
    }

    private static SelfHelpGroup group(ResultSet rs) throws SQLException {
        SelfHelpGroup g = new SelfHelpGroup();
        g.id = rs.getLong(1);
        g.slug = rs.getString(2);
        g.name = rs.getString(3);
        g.audiences = RowValues.strings(rs.getArray(4));
        g.behaviours = RowValues.strings(rs.getArray(5));
        g.open = rs.getBoolean(6);
        g.languages = RowValues.strings(rs.getArray(7));
        g.accessibility = RowValues.strings(rs.getArray(8));
        g.dualDiagnosis = rs.getBoolean(9);
        g.insideInstitution = rs.getBoolean(10);
        g.professionalMayAttend = rs.getBoolean(11);
        g.contactPhone = rs.getString(12);
        g.contactEmail = rs.getString(13);
        g.website = rs.getString(14);
        g.notes = rs.getString(15);
        g.status = GroupStatus.valueOf(rs.getString(16));
        g.demo = rs.getBoolean(17);
        g.verifiedAt = RowValues.instant(rs.getTimestamp(18));
        g.updatedAt = RowValues.instant(rs.getTimestamp(19));
        g.version = rs.getInt(20);
        long locationId = rs.getLong(21);
        g.location = rs.wasNull() ? null : place(locationId, null, false);
        Organisation o = new Organisation();
        o.id = rs.getString(22);
        o.kind = OrganisationKind.valueOf(rs.getString(23));
        o.approach = Approach.valueOf(rs.getString(24));
        o.status = OrganisationStatus.valueOf(rs.getString(25));
        o.updatedAt = RowValues.instant(rs.getTimestamp(26));
        g.organisation = o;
        return g;
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        int c = MeetingColumns.COUNT + 2;
        Meeting m = MeetingColumns.read(rs, 1);
        m.version = rs.getInt(c);
        long locationId = rs.getLong(c + 1);
        m.location = rs.wasNull() ? null : place(locationId, rs.getString(c + 2), rs.getBoolean(c + 3));
        return m;
    }

    private static Location place(long id, String address, boolean approximate) {
        Location l = new Location();
        l.id = id;
        l.address = address;
        l.approximate = approximate;
        return l;
    }
}
