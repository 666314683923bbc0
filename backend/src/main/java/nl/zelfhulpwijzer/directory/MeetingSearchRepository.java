package nl.zelfhulpwijzer.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.zelfhulpwijzer.common.paging.PageRequest;

/**
 * The public meeting search in plain SQL: Dutch full text ({@code dutch} configuration over unaccented text) with
 * trigram tolerance for typos, AND-combined filters, distance by the haversine formula inside a bounding box that
 * the (latitude, longitude) index serves, and "next meeting first" from now, wrapping round the week.
 */
@ApplicationScoped
public class MeetingSearchRepository {

    /** Minutes from now until the next start: inline for weekly meetings, the SQL function for monthly ones. */
    static final String MINUTES_UNTIL_NEXT = """
            case when m.frequency = 'WEEKLY' then
              mod((m.day_of_week - cast(extract(isodow from (cast(:now as timestamptz) at time zone m.time_zone)) as int)) * 1440
                  + cast(extract(hour from m.start_time) * 60 + extract(minute from m.start_time) as int)
                  - cast(extract(hour from (cast(:now as timestamptz) at time zone m.time_zone)) * 60
                         + extract(minute from (cast(:now as timestamptz) at time zone m.time_zone)) as int)
                  + 20160, 10080)
            else cast(extract(epoch from meeting_next_start(m.frequency, m.day_of_week, m.week_of_month, m.start_time,
                      m.time_zone, cast(:now as timestamptz)) - cast(:now as timestamptz)) / 60 as int)
            end""";

    static final String DISTANCE_KM = """
            (6371.0 * 2 * asin(sqrt(power(sin(radians(l.latitude - :lat) / 2), 2)
              + cos(radians(:lat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :lon) / 2), 2))))""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** One page of hits, each with its distance when searching near a point. */
    public record Hit(Meeting meeting, Double distanceKm) {
    }

    public record Page(List<Hit> hits, long total) {
    }

    public Page search(MeetingFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        params.put("now", now);
        String distance = filter.near() != null ? DISTANCE_KM : "cast(null as double precision)";
        String order;
        if (filter.near() != null) {
            order = "distance_km, minutes_until, m.id";
        } else if (!filter.terms().isEmpty()) {
            order = "rank desc, minutes_until, m.id";
        } else {
            order = "minutes_until, m.id";
        }
        String sql;
        if (filter.terms().isEmpty()) {
            sql = "select m.id, " + distance + " as distance_km, m.temporarily_closed, "
                    + MINUTES_UNTIL_NEXT + " as minutes_until, 0 as rank, count(*) over () as total"
                    + FROM + where
                    + " order by m.temporarily_closed, " + order
                    + " limit :limit offset :offset";
        } else {
            // Filter first, then rank each matching group once (ts_rank and word_similarity are the costly part),
            // not once per meeting: a group has about five meetings.
            sql = "with hits as materialized (select m.id, m.group_id, " + distance + " as distance_km,"
                    + " m.temporarily_closed, " + MINUTES_UNTIL_NEXT + " as minutes_until" + FROM + where + "),"
                    + " ranks as (select g.id, " + rankExpression(filter.terms()) + " as rank from self_help_group g"
                    + " where g.id in (select group_id from hits))"
                    + " select m.id, m.distance_km, m.temporarily_closed, m.minutes_until, r.rank,"
                    + " count(*) over () as total from hits m join ranks r on r.id = m.group_id"
                    + " order by m.temporarily_closed, " + order
                    + " limit :limit offset :offset";
        }
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", page.size());
        query.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[5]).longValue();
        } else if (page.page() == 1) {
            total = 0;
        } else {
            Query count = em.createNativeQuery("select count(*)" + FROM + where);
            params.forEach((name, value) -> {
                if (!name.equals("now")) {
                    count.setParameter(name, value);
                }
            });
            total = ((Number) count.getSingleResult()).longValue();
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Meeting> meetings = load(ids);
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            Meeting meeting = meetings.get(((Number) row[0]).longValue());
            hits.add(new Hit(meeting, row[1] == null ? null : Math.round(((Number) row[1]).doubleValue() * 10) / 10.0));
        }
        return new Page(hits, total);
    }

    private Map<Long, Meeting> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Meeting> found = em.createQuery("select m from Meeting m join fetch m.group g join fetch g.organisation"
                + " left join fetch m.location left join fetch g.location where m.id in :ids", Meeting.class)
                .setParameter("ids", ids).getResultList();
        return found.stream().collect(Collectors.toMap(m -> m.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static final String FROM = " from meeting m"
            + " join self_help_group g on g.id = m.group_id"
            + " join organisation o on o.id = g.organisation_id"
            + " left join location l on l.id = m.location_id"
            + " left join location gl on gl.id = g.location_id";

    static String rankExpression(List<String> terms) {
        if (terms.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            parts.add("ts_rank(g.search_vector, to_tsquery('dutch', :tq" + i + "))"
                    + " + word_similarity(:t" + i + ", g.search_text)");
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    /** "al-anon" becomes "al:* & anon:*": prefix matching, with tsquery's syntax characters left out. */
    public static String prefixQuery(String term) {
        String query = java.util.Arrays.stream(term.split("[^\\p{L}\\p{N}]+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? "''" : query;
    }

    /**
     * Terms come from {@link SearchTerms}: already lower-case and accent-free, so the query side needs no unaccent()
     * (which is only STABLE and would be evaluated per row); the constant tsquery is folded once.
     */
    static String where(MeetingFilter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("g.status = 'ACTIVE'");
        where.add("o.status <> 'INACTIVE'");
        for (int i = 0; i < f.terms().size(); i++) {
            String term = f.terms().get(i);
            where.add("(g.search_vector @@ to_tsquery('dutch', :tq" + i + ") or :t" + i + " <% g.search_text)");
            params.put("tq" + i, prefixQuery(term));
            params.put("t" + i, term);
        }
        if (f.audience() != null) {
            where.add("g.audiences @> array[cast(:audience as varchar)]");
            params.put("audience", f.audience().name());
        }
        if (f.behaviour() != null) {
            where.add("g.behaviours @> array[cast(:behaviour as varchar)]");
            params.put("behaviour", f.behaviour().name());
        }
        if (f.approach() != null) {
            where.add("o.approach = :approach");
            params.put("approach", f.approach().name());
        }
        if (f.kind() != null) {
            where.add("o.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.day() != null) {
            where.add("m.day_of_week = :day");
            params.put("day", (short) f.day().getValue());
        }
        if (f.timeOfDay() != null) {
            TimeOfDay part = f.timeOfDay();
            where.add(part.from().isBefore(part.until())
                    ? "(m.start_time >= cast(:todFrom as time) and m.start_time < cast(:todUntil as time))"
                    : "(m.start_time >= cast(:todFrom as time) or m.start_time < cast(:todUntil as time))");
            params.put("todFrom", part.from().toString());
            params.put("todUntil", part.until().toString());
        }
        if (f.attendance() != null) {
            String inPerson = "(l.id is not null and not l.approximate and l.address is not null)";
            String online = "(m.conference_url is not null or m.conference_phone is not null)";
            where.add(switch (f.attendance()) {
                case IN_PERSON -> "not m.temporarily_closed and " + inPerson;
                case ONLINE -> "not m.temporarily_closed and " + online;
                case HYBRID -> "not m.temporarily_closed and " + inPerson + " and " + online;
                case INACTIVE -> "(m.temporarily_closed or not (" + inPerson + " or " + online + "))";
            });
        }
        if (f.accessibility() != null) {
            where.add("g.accessibility @> array[cast(:accessibility as varchar)]");
            params.put("accessibility", f.accessibility().name());
        }
        if (f.language() != null) {
            where.add("g.languages @> array[cast(:language as varchar)]");
            params.put("language", f.language());
        }
        if (f.country() != null) {
            // kept on the group by triggers (V33): the place's country, else the organisation's
            where.add("g.search_country = :country");
            params.put("country", f.country().name());
        }
        if (f.place() != null) {
            where.add("(lower(gl.city) = lower(:place) or lower(gl.region) = lower(:place))");
            params.put("place", f.place());
        }
        if (f.organisationId() != null) {
            where.add("g.organisation_id = :organisationId");
            params.put("organisationId", f.organisationId());
        }
        if (f.modifiedAfter() != null) {
            where.add("(m.updated_at > cast(:modifiedAfter as timestamptz) or g.updated_at > cast(:modifiedAfter as timestamptz))");
            params.put("modifiedAfter", OffsetDateTime.ofInstant(f.modifiedAfter(), ZoneOffset.UTC));
        }
        if (f.near() != null) {
            MeetingFilter.Near near = f.near();
            where.add("l.latitude between :minLat and :maxLat and l.longitude between :minLon and :maxLon");
            where.add(DISTANCE_KM + " <= :radius");
            params.put("lat", near.latitude());
            params.put("lon", near.longitude());
            params.put("minLat", near.minLatitude());
            params.put("maxLat", near.maxLatitude());
            params.put("minLon", near.longitude() - near.longitudeDelta());
            params.put("maxLon", near.longitude() + near.longitudeDelta());
            params.put("radius", near.radiusKm());
        }
        return " where " + String.join(" and ", where);
    }
}
