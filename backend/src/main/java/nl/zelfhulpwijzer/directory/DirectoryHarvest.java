package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/**
 * The directory's published read side for harvesting doors (FHIR): organisations, groups and places filtered by
 * name, place and time of change, a page at a time, loaded with what a door shows (groups and places as detached
 * plain values, see {@link HarvestGroupRows}). Deactivated records are part of it: a harvester has to see that
 * something stopped.
 */
@ApplicationScoped
public class DirectoryHarvest {

    /** One page of records and the number of all that match. */
    public record Page<T>(List<T> items, long total) {
    }

    /** A window on the time of the last change: {@code from} inclusive, {@code until} exclusive; null is open. */
    public record Changed(Instant from, Instant until) {
    }

    /** A place and the distance to the point that was asked for (null without a point). */
    public record Place(Location location, Double distanceKm) {
    }

    public record OrganisationCriteria(Collection<String> ids, String namePrefix, Boolean active, Collection<String> umbrellaIds,
            Changed changed) {
    }

    public record GroupCriteria(Collection<String> slugs, String namePrefix, Collection<String> organisationIds,
            Collection<Long> locationIds, Boolean active, Changed changed) {
    }

    public record PlaceCriteria(Collection<Long> ids, MeetingFilter.Near near, String postcodePrefix, String cityPrefix,
            Changed changed) {
    }

    /** The order of a page: by name (search) or by time of change (history, oldest first so a harvester can resume). */
    public enum Order {
        NAME, CHANGED
    }

    /** A group shows its organisation's status (active), so a change of the organisation is a change of the group. */
    private static final String GROUP_CHANGED = "greatest(g.updated_at, o.updated_at, (select max(m.updated_at) from meeting m"
            + " where m.group_id = g.id))";
    /** A group's name for search and order: lower case, in code point order, as the index of V195. */
    private static final String GROUP_NAME = "lower(g.name) collate \"C\"";
    private static final String DISTANCE_KM = MeetingSearchSql.distanceKm("l");

    @Inject
    EntityManager em;

    /** Active: the group meets and its organisation has not stopped. */
    public static boolean active(SelfHelpGroup group) {
        return group.status == GroupStatus.ACTIVE && active(group.organisation);
    }

    public static boolean active(Organisation organisation) {
        return organisation.status != OrganisationStatus.INACTIVE;
    }

    /** When a group, its organisation or one of its meetings last changed. */
    public static Instant changedAt(SelfHelpGroup group) {
        return Stream.concat(Stream.of(group.organisation.updatedAt),
                group.meetings.stream().map(m -> m.updatedAt)).filter(Objects::nonNull)
                .reduce(group.updatedAt, (a, b) -> a == null || b.isAfter(a) ? b : a);
    }

    /** Group slugs that start with {@code start}, each '-' in it also matching '_': for a door that had to shorten keys. */
    public List<String> groupSlugsStartingWith(String start) {
        return keysStartingWith("select slug from self_help_group where slug like :start", start);
    }

    /** Organisation keys that start with {@code start}, each '-' in it also matching '_'. */
    public List<String> organisationIdsStartingWith(String start) {
        return keysStartingWith("select id from organisation where id like :start", start);
    }

    private List<String> keysStartingWith(String sql, String start) {
        String pattern = start.toLowerCase().replaceAll("[^a-z0-9.-]", "").replace('-', '_') + "%";
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery(sql).setParameter("start", pattern).setMaxResults(100).getResultList();
        return keys;
    }

    public Page<Organisation> organisations(OrganisationCriteria c, Order order, int offset, int count) {
        Sql sql = new Sql("organisation o", "o.updated_at");
        sql.in("o.id", c.ids());
        sql.prefix("(lower(o.name) like :name escape '\\' or lower(o.short_name) like :name escape '\\')", "name",
                c.namePrefix());
        if (c.active() != null) {
            sql.where.add(c.active() ? "o.status <> 'INACTIVE'" : "o.status = 'INACTIVE'");
        }
        sql.in("o.umbrella_id", c.umbrellaIds());
        sql.changed(c.changed());
        List<String> ids = sql.ids("o.id", order == Order.NAME ? "o.name, o.id" : "o.updated_at, o.id", offset, count)
                .stream().map(Object::toString).toList();
        return new Page<>(loadOrganisations(ids), sql.total(offset, count, ids.size()));
    }

    public Page<SelfHelpGroup> groups(GroupCriteria c, Order order, int offset, int count) {
        Sql sql = new Sql("self_help_group g join organisation o on o.id = g.organisation_id", GROUP_CHANGED);
        sql.in("g.slug", c.slugs());
        sql.startsWith(GROUP_NAME, "name", c.namePrefix());
        sql.in("g.organisation_id", c.organisationIds());
        if (c.locationIds() != null && c.locationIds().isEmpty()) {
            sql.where.add("false");
        } else if (c.locationIds() != null) {
            sql.where.add("(g.location_id in (:locations) or exists (select 1 from meeting m where m.group_id = g.id"
                    + " and m.location_id in (:locations)))");
            sql.params.put("locations", c.locationIds());
        }
        if (c.active() != null) {
            sql.where.add(c.active() ? "(g.status = 'ACTIVE' and o.status <> 'INACTIVE')"
                    : "(g.status <> 'ACTIVE' or o.status = 'INACTIVE')");
        }
        sql.changed(c.changed());
        List<Long> ids = sql.ids("g.id", order == Order.NAME ? GROUP_NAME + ", g.id" : GROUP_CHANGED + ", g.id", offset, count)
                .stream().map(id -> ((Number) id).longValue()).toList();
        return new Page<>(loadGroups(ids), sql.total(offset, count, ids.size()));
    }

    public Page<Place> places(PlaceCriteria c, Order order, int offset, int count) {
        Sql sql = new Sql("location l", "l.updated_at");
        sql.in("l.id", c.ids());
        MeetingFilter.Near near = c.near();
        if (near != null) {
            MeetingSearchSql.near(near, "l", sql.where, sql.params);
        }
        sql.prefix("replace(lower(l.postcode), ' ', '') like :postcode escape '\\'", "postcode",
                c.postcodePrefix() == null ? null : c.postcodePrefix().replace(" ", ""));
        sql.prefix("lower(l.city) like :city escape '\\'", "city", c.cityPrefix());
        sql.changed(c.changed());
        String orderBy = order == Order.CHANGED ? "l.updated_at, l.id" : near != null ? "distance_km, l.id" : "l.id";
        String distance = near != null ? DISTANCE_KM : "cast(null as double precision)";
        // one query, read as plain values: no entity hydration for a search page (the places are not managed)
        Query page = em.createNativeQuery("select l.id, l.name, l.address, l.postcode, l.city, l.region, l.country, l.latitude,"
                + " l.longitude, l.approximate, l.demo, cast(extract(epoch from l.updated_at) * 1000000 as bigint), " + distance
                + " as distance_km" + sql.from() + " order by " + orderBy + " limit :limit offset :offset");
        sql.params.forEach(page::setParameter);
        page.setParameter("limit", count).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        List<Place> places = rows.stream().map(r -> new Place(location(r), r[12] == null ? null : ((Number) r[12]).doubleValue()))
                .toList();
        return new Page<>(places, sql.total(offset, count, rows.size()));
    }

    /** A place from the columns of {@link #places}' query, in that order. */
    private static Location location(Object[] r) {
        Location l = new Location();
        l.id = ((Number) r[0]).longValue();
        l.name = (String) r[1];
        l.address = (String) r[2];
        l.postcode = (String) r[3];
        l.city = (String) r[4];
        l.region = (String) r[5];
        l.country = Country.valueOf((String) r[6]);
        l.latitude = r[7] == null ? null : ((Number) r[7]).doubleValue();
        l.longitude = r[8] == null ? null : ((Number) r[8]).doubleValue();
        l.approximate = (Boolean) r[9];
        l.demo = (Boolean) r[10];
        long micros = ((Number) r[11]).longValue();
        l.updatedAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        return l;
    }

    private List<Organisation> loadOrganisations(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Organisation> byId = new LinkedHashMap<>();
        em.createQuery("select distinct o from Organisation o left join fetch o.umbrella left join fetch o.contactPoints"
                + " where o.id in :ids", Organisation.class).setParameter("ids", ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList()
                .forEach(o -> byId.put(o.id, o));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<SelfHelpGroup> loadGroups(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // plain values, not managed entities: a page is read in two queries without the persistence context's work
        Map<Long, SelfHelpGroup> byId = em.unwrap(Session.class).doReturningWork(c -> HarvestGroupRows.load(c, ids));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The first string after every string that starts with {@code prefix}, in code point order: the prefix without
     * its trailing highest code points, its last code point one higher (past the surrogates); null when there is
     * none (every string from the prefix on starts with it).
     */
    static String successor(String prefix) {
        int[] points = prefix.codePoints().toArray();
        int end = points.length;
        while (end > 0 && points[end - 1] == Character.MAX_CODE_POINT) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        int next = points[end - 1] + 1;
        points[end - 1] = next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE ? Character.MAX_SURROGATE + 1 : next;
        return new String(points, 0, end);
    }

    /** The conditions of one query, AND-combined, with their parameters. */
    private final class Sql {
        final String table;
        final String changedColumn;
        final List<String> where = new ArrayList<>(List.of("true"));
        final Map<String, Object> params = new HashMap<>();

        Sql(String table, String changedColumn) {
            this.table = table;
            this.changedColumn = changedColumn;
        }

        void in(String column, Collection<?> values) {
            if (values != null && values.isEmpty()) {
                where.add("false");
            } else if (values != null) {
                String name = "in" + params.size();
                where.add(column + " in (:" + name + ")");
                params.put(name, values);
            }
        }

        /** FHIR string search: starts with, ignoring case. */
        void prefix(String condition, String name, String prefix) {
            if (prefix != null) {
                where.add(condition);
                params.put(name, prefix.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }

        /**
         * FHIR string search, starts with ignoring case, as a range: {@code expression >= prefix} and {@code < } the
         * prefix with its last character one higher. In code point order (collation "C") exactly the strings that
         * start with the prefix lie in it, and an index on the expression serves it (a LIKE with a bound parameter
         * cannot use one).
         */
        void startsWith(String expression, String name, String prefix) {
            if (prefix == null) {
                return;
            }
            String from = prefix.toLowerCase();
            where.add(expression + " >= :" + name + "From");
            params.put(name + "From", from);
            String to = successor(from);
            if (to != null) {
                where.add(expression + " < :" + name + "To");
                params.put(name + "To", to);
            }
        }

        void changed(Changed changed) {
            if (changed == null) {
                return;
            }
            if (changed.from() != null) {
                where.add(changedColumn + " >= cast(:changedFrom as timestamptz)");
                params.put("changedFrom", OffsetDateTime.ofInstant(changed.from(), ZoneOffset.UTC));
            }
            if (changed.until() != null) {
                where.add(changedColumn + " < cast(:changedUntil as timestamptz)");
                params.put("changedUntil", OffsetDateTime.ofInstant(changed.until(), ZoneOffset.UTC));
            }
        }

        String from() {
            return " from " + table + " where " + String.join(" and ", where);
        }

        /**
         * The number of all matches. A page that has room left holds the last of them, so their number is known
         * without counting; only a full (or empty, beyond the end) page asks the database.
         */
        long total(int offset, int count, int found) {
            return found > 0 && found < count ? offset + found : count();
        }

        long count() {
            Query count = em.createNativeQuery("select count(*)" + from());
            params.forEach(count::setParameter);
            return ((Number) count.getSingleResult()).longValue();
        }

        List<?> ids(String idColumn, String orderBy, int offset, int count) {
            Query ids = em.createNativeQuery("select " + idColumn + from() + " order by " + orderBy
                    + " limit :limit offset :offset");
            params.forEach(ids::setParameter);
            return ids.setParameter("limit", count).setParameter("offset", offset).getResultList();
        }
    }
}
