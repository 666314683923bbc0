package nl.zelfhulpwijzer.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

/**
 * The filters of the public meeting search; null means "any". All filters combine with AND. {@code near} sorts by
 * distance (and excludes meetings without a place); {@code open} true keeps open meetings, where anyone may come
 * along (a care worker or relative, seed 004 "Samen gaan"), false the closed ones; otherwise a text query sorts by relevance and then by next
 * meeting, and without either the next meeting comes first (from now, wrapping round the week).
 */
public record MeetingFilter(List<String> terms, Audience audience, Behaviour behaviour, Approach approach,
        OrganisationKind kind, DayOfWeek day, TimeOfDay timeOfDay, AttendanceMode attendance,
        Accessibility accessibility, String language, Country country, String place, Near near, Instant modifiedAfter,
        String organisationId, Boolean open) {

    /** A point and a radius in kilometres. */
    public record Near(double latitude, double longitude, double radiusKm) {

        static final double KM_PER_DEGREE_LAT = 111.32;

        public double minLatitude() {
            return latitude - radiusKm / KM_PER_DEGREE_LAT;
        }

        public double maxLatitude() {
            return latitude + radiusKm / KM_PER_DEGREE_LAT;
        }

        public double longitudeDelta() {
            double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(latitude) + radiusKm / KM_PER_DEGREE_LAT))));
            return radiusKm / (KM_PER_DEGREE_LAT * cos);
        }
    }

    public static MeetingFilter empty() {
        return new MeetingFilter(List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
