package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The places on the finder's map: every hit of the public meeting search (the same {@link MeetingSearchSql} and
 * filter, all pages at once), reduced to one point per group and address. Online meetings and places known only by
 * their town have no point.
 */
@ApplicationScoped
public class MeetingMapPoints {

    /** At most this many points; a filter that matches more is too wide for a readable map. */
    public static final int MAX_POINTS = 5000;

    @Inject
    EntityManager em;

    @Inject
    MeetingSearchRepository search;

    @Inject
    Clock clock;

    /** One group at one address, with how many of the matching meetings are held there. */
    public record Point(String groupSlug, String name, double latitude, double longitude, int meetings) {
    }

    /**
     * The points, and how many groups the search found in all (also those that meet online or whose address is not
     * known, which have no point), so the map can say how much of the list it shows.
     */
    public record Points(List<Point> points, int groups, boolean truncated) {
    }

    public Points find(MeetingFilter filter) {
        MeetingSearchSql sql = MeetingSearchSql.of(filter, search.terms(filter.terms()), clock.instant());
        Query query = em.createNativeQuery("select g.slug, g.name, l.latitude, l.longitude, h.meetings from ("
                + sql.select("m.group_id, m.location_id, count(*) as meetings")
                + " group by m.group_id, m.location_id) h join self_help_group g on g.id = h.group_id"
                + " left join location l on l.id = h.location_id and not l.approximate and l.address is not null"
                + " and l.latitude is not null and l.longitude is not null"
                + " order by g.slug, l.id limit :limit");
        sql.countParams().forEach(query::setParameter);
        query.setParameter("limit", MAX_POINTS + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean truncated = rows.size() > MAX_POINTS;
        List<Object[]> kept = rows.subList(0, Math.min(rows.size(), MAX_POINTS));
        int groups = (int) kept.stream().map(r -> r[0]).distinct().count();
        List<Point> points = kept.stream().filter(r -> r[2] != null)
                .map(r -> new Point((String) r[0], (String) r[1], ((Number) r[2]).doubleValue(),
                        ((Number) r[3]).doubleValue(), ((Number) r[4]).intValue()))
                .toList();
        return new Points(points, groups, truncated);
    }
}
