package nl.zelfhulpwijzer.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;

/**
 * A meeting's own columns as the plain-JDBC reads ({@link MeetingPageRows}, {@link HarvestGroupRows}) select them, and
 * how a row's values become the fields of a detached {@link Meeting}: one list and one reader, so the two reads cannot
 * drift apart.
 */
final class MeetingColumns {

    /** Over meeting {@code m}; {@link #COUNT} columns, read by {@link #read}. */
    static final String SELECT = "m.id, m.slug, m.name, m.frequency, m.day_of_week, m.week_of_month,"
            + " m.start_time, m.end_time, m.time_zone, m.conference_url, m.conference_phone, m.types,"
            + " m.temporarily_closed, m.updated_at";

    static final int COUNT = 14;

    private MeetingColumns() {
    }

    /** The meeting whose {@link #SELECT} columns start at column {@code first} of the current row. */
    static Meeting read(ResultSet rs, int first) throws SQLException {
        int c = first;
        Meeting m = new Meeting();
        m.id = rs.getLong(c++);
        m.slug = rs.getString(c++);
        m.name = rs.getString(c++);
        m.frequency = Frequency.valueOf(rs.getString(c++));
        m.dayOfWeek = rs.getShort(c++);
        short week = rs.getShort(c++);
        m.weekOfMonth = rs.wasNull() ? null : week;
        m.startTime = rs.getObject(c++, LocalTime.class);
        m.endTime = rs.getObject(c++, LocalTime.class);
        m.timeZone = rs.getString(c++);
        m.conferenceUrl = rs.getString(c++);
        m.conferencePhone = rs.getString(c++);
        m.types = RowValues.strings(rs.getArray(c++));
        m.temporarilyClosed = rs.getBoolean(c++);
        m.updatedAt = RowValues.instant(rs.getTimestamp(c));
        return m;
    }
}
