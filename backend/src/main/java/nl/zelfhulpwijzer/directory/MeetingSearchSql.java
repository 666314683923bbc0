package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the SQL of the public meeting search: Dutch full text ({@code dutch} configuration over unaccented text),
 * trigram similarity for terms with a typo, AND-combined filters, distance by the haversine formula inside a bounding
 * box that the index of the meetings' coordinates (V44) serves, and "next meeting first" from now, wrapping round the
 * week.
 * Plain code without a database, so the rules are testable on their own.
 */
public final class MeetingSearchSql {

    static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    /** Whether a meeting is public at all (V36: kept on the meeting for the group's and organisation's status). */
    private static final String LISTED = "m.listed";

    /**
     * Minutes from now until a meeting starts, for time zones whose {@link NextStartTable} the application passes
     * (the zones of the covered countries; zones whose tables are the same share one): weekly from the stored minute
     * of the week (V35), monthly from the days until the rule's next two dates. Any other zone is computed per row by
     * the SQL function.
     */
    static final String MINUTES_IN_ZONE = """
            when m.time_zone in (%6$s) then (case when m.frequency = 'WEEKLY' then mod(m.week_minute - :%1$s_week_minute + %2$d, %2$d)
              else (case when %3$s * 1440 + %5$s - :%1$s_day_minute >= 0 then %3$s * 1440 + %5$s - :%1$s_day_minute
                         else %4$s * 1440 + %5$s - :%1$s_day_minute end) end)
            """;

    static final String MONTHLY_SLOT = "(case when m.week_of_month = -1 then 0 else m.week_of_month end) * 7 + m.day_of_week";

    static final String START_MINUTE = "(m.week_minute - (m.day_of_week - 1) * 1440)";

    static final String MINUTES_OTHER_ZONE = """
            else cast(extract(epoch from meeting_next_start(m.frequency, m.day_of_week, m.week_of_month, m.start_time,
                      m.time_zone, cast(:now as timestamptz)) - cast(:now as timestamptz)) / 60 as int)""";

    /** Over the coordinates of the meeting's place, kept on the meeting (V44) so that a search near a point needs no join. */
    static final String DISTANCE_KM = """
            (6371.0 * 2 * asin(sqrt(power(sin(radians(m.latitude - :lat) / 2), 2)
              + cos(radians(:lat)) * cos(radians(m.latitude)) * power(sin(radians(m.longitude - :lon) / 2), 2))))""";


    /**
     * A search word. Found in the directory, it is matched by full text as a prefix; otherwise it is taken for a typo
     * and the similar words of the directory ({@code similar}, possibly none) are matched instead.
     */
    public record Term(String text, List<String> similar) {

        public static Term word(String text) {
            return new Term(text, null);
        }

        public boolean typo() {
            return similar != null;
        }
    }

    private final Map<String, Object> params = new LinkedHashMap<>();
    private final String textHits;
    private final String joins;
    private final String where;
    private final boolean near;
    /** Text (no point) and no condition on the meeting itself: {@link #rankedPageQuery()}. */
    private final boolean rankedByGroup;
    private final String order;
    private final String hitOrder;
    private final String groupKeys;
    private final String groupOrder;
    private final String distance;
    private final String minutes;
    /** The zones of the first "minutes until" branch (SQL literals) and the parameter of their minute of the week. */
    private String walkZones;
    private String walkWeekMinute;

    private MeetingSearchSql(MeetingFilter filter, List<Term> terms, Instant now) {
        params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        this.minutes = minutesUntilNext(now);
        this.near = filter.near() != null;
        this.distance = near ? DISTANCE_KM : "cast(null as double precision)";
        // Relevance only orders when no point is given; with a point, distance orders and the rank is not needed.
        boolean ranked = !near && !terms.isEmpty();
        List<String> groupConditions = groupConditions(filter);
        List<String> meetingConditions = meetingConditions(filter);
        if (terms.isEmpty()) {
            this.textHits = null;
            this.joins = groupJoins(filter, !groupConditions.isEmpty()) + meetingJoins(filter);
            meetingConditions.addAll(groupConditions);
            this.rankedByGroup = false;
        } else {
            // with text, the group filters apply to the matching groups, once per group instead of per meeting
            this.textHits = textHits(terms, ranked, groupJoins(filter, false), groupConditions);
            this.joins = meetingJoins(filter);
            this.rankedByGroup = ranked && meetingConditions.equals(List.of(LISTED));
            if (!near) {
                // lets the planner find the meetings of the hits through the group index, not by hashing all
                // meetings (near a point, the place index finds fewer)
                meetingConditions.add("m.group_id = any(array(select id from text_hits))");
            }
        }
        this.where = " where " + String.join(" and ", meetingConditions);
        this.order = near ? "distance_km, minutes_until, m.id"
                : ranked ? "rank desc, minutes_until, m.id"
                : "minutes_until, m.id";
        this.hitOrder = "closed, " + order.replace("m.id", "id");
        // A group's place in the list is that of its first hit: an open meeting before a closed one, then the order's
        // keys (the rank is the group's own); taken per group by aggregates, so the hits need no sort of their own.
        String firstOpen = "coalesce(min(case when closed then null else %1$s end), min(%1$s)) as %1$s";
        this.groupKeys = "bool_and(closed) as closed, "
                + (near ? firstOpen.formatted("distance_km") + ", " : "")
                + (ranked ? "max(rank) as rank, " : "") + firstOpen.formatted("minutes_until");
        this.groupOrder = "closed, " + (near ? "distance_km, " : "") + (ranked ? "rank desc, " : "")
                + "minutes_until, group_id";
    }

    /** The total when every condition is on the group: the text hits' counts of listed meetings (V201). */
    private static final String GROUP_TOTAL = "select coalesce(sum(meetings), 0) from text_hits";

    public static MeetingSearchSql of(MeetingFilter filter, List<Term> terms, Instant now) {
        return new MeetingSearchSql(filter, terms, now);
    }

    /**
     * Ids of one page, with distance and the total number of hits in every row (and the keys of its order).
     * <ul>
     * <li>Text (and group filters) alone: {@link #rankedPageQuery()}.</li>
     * <li>Only conditions on the meeting itself ("vandaag"): the page is the top of the hits and the total is counted
     * on its own, without the order's keys; nothing is gathered.</li>
     * <li>Otherwise (a point, or filters that join group or place) the hits are gathered once and both the page and the
     * total come from them, so the joins and the distance are worked out once ({@code count(*) over ()} keeps every
     * hit a second time; pgbench of the page query alone on a day's 7,000 meetings: a quarter to a third less
     * time).</li>
     * </ul>
     */
    public String pageQuery() {
        if (rankedByGroup) {
            return rankedPageQuery();
        }
        if (textHits == null && !near && joins.isEmpty()) {
            return "select m.id, " + distance + " as distance_km, " + minutes + " as minutes_until, 0 as rank, ("
                    + countQuery() + ") as total, m.temporarily_closed as closed" + from() + where
                    + " order by " + hitOrder + " limit :limit offset :offset";
        }
        return gatheredPageQuery();
    }

    /** The general way: every hit gathered once with the keys of the order, the page and the total taken from them. */
    String gatheredPageQuery() {
        return withHits() + " select id, distance_km, minutes_until, rank, (select count(*) from hits) as total, closed"
                + " from hits order by " + hitOrder + " limit :limit offset :offset";
    }

    /**
     * The page of a search by text alone (group filters apply to the text hits): open meetings first, then by rank,
     * next start and id. Only the meetings the page may need get their keys worked out: the open ones are read group by
     * group in rank order, so PostgreSQL sorts one rank at a time (incremental sort) and stops once the page is full (a
     * common word: the meetings of the best ranked groups, not of all 5,000 that match); the few closed ones come from
     * their own index (V200). The total is the sum of the text hits' counts of listed meetings (V201), no meeting read.
     * With conditions on the meeting as well, the gathered hits serve better (measured), so those take the general way.
     */
    private String rankedPageQuery() {
        return rankedPageQuery(WALK_FROM);
    }

    /**
     * Meetings of the best ranked groups the page needs before the walk of the next-start index pays (V202): with a
     * common word, thousands of groups share the best rank, and sorting all their meetings by next start costs more
     * than reading that index from now until the page is full (about L / (share of its meetings) entries).
     */
    private static final String WALK_FROM = "50 * (cast(:limit as int) + cast(:offset as int))";

    /** {@link #pageQuery()}, with a text search by text alone always walking the next-start index (tests). */
    String walkingPageQuery() {
        return rankedByGroup ? rankedPageQuery("0") : pageQuery();
    }

    /**
     * The open meetings come in rank order, one rank at a time; when the best rank's groups have {@code walkFrom}
     * listed meetings or more, their weekly meetings in the zones of {@link #walkZones} are read from the next-start
     * index (V202) in the order of their next start (from now to the end of the week, then from its start) only as
     * far as the page goes, and their few others (monthly, other zones) get their keys worked out as usual; the lower
     * ranks are read only when the best one has too few open meetings for the page.
     */
    private String rankedPageQuery(String walkFrom) {
        String keys = "select m.id, " + distance + " as distance_km, " + minutes + " as minutes_until, t.rank,"
                + " m.temporarily_closed as closed";
        String pageEnd = "cast(:limit as int) + cast(:offset as int)";
        // worked out once in tier: each "select max(rank) from text_hits" would read every hit again
        String best = "(select best from tier)";
        String walking = "(select walk from tier)";
        // without the walk every rank, with it the lower ranks, and those only when the best one is too short
        String open = keys + " from (select id, rank from text_hits where not " + walking + " or rank < " + best
                + " order by rank desc) t join meeting m on m.group_id = t.id"
                + " where " + LISTED + " and not m.temporarily_closed"
                + " and (not " + walking + " or (select count(*) from best_open) < " + pageEnd + ")"
                + " order by t.rank desc, minutes_until, m.id limit " + pageEnd;
        // the walked meetings are weekly in the zones of the first branch of the "minutes until" expression: that
        // branch alone, which keeps the statement short to plan
        String walk = "(select m.id, " + distance + " as distance_km, mod(m.week_minute - " + walkWeekMinute + " + "
                + MINUTES_PER_WEEK + ", " + MINUTES_PER_WEEK + ") as minutes_until, " + best + " as rank,"
                + " m.temporarily_closed as closed from meeting m where " + LISTED + " and not m.temporarily_closed"
                + " and m.frequency = 'WEEKLY' and m.time_zone in (" + walkZones + ")"
                + " and m.week_minute %s " + walkWeekMinute
                // "+ 0": no index on the expression, so the planner walks the next-start index instead of the group's
                + " and m.group_id + 0 = any(cast((select ids from tier) as bigint[]))"
                + " and " + walking + " order by m.week_minute, m.id limit " + pageEnd + ")";
        // the others of every rank, from their small index (V202) joined by hashing (the best rank's groups alone are
        // estimated far too few, and looked up one by one); the best rank's rows come first and are kept
        String others = "(" + keys + from() + " where " + LISTED + " and not m.temporarily_closed and " + walking
                + " and not (m.frequency = 'WEEKLY' and m.time_zone in (" + walkZones + ")))";
        // the best rank, whether its groups' meetings are many enough for the walk, and those groups: one pass each
        String tier = "tier as materialized (select b.best, coalesce(t.meetings, 0) >= " + walkFrom + " as walk, t.ids"
                + " from (select max(rank) as best from text_hits) b, lateral (select sum(meetings) as meetings,"
                + " array_agg(id) as ids from text_hits where rank = b.best) t),"
                + " best_open as materialized (select * from (select * from ("
                + walk.formatted(">=") + " union all " + walk.formatted("<") + " union all " + others + ") w"
                + " order by rank desc, minutes_until, id limit " + pageEnd + ") b where rank = " + best + ")";
        String closed = keys + from() + " where " + LISTED + " and m.temporarily_closed";
        return with() + ", " + tier + " select id, distance_km, minutes_until, rank, (" + GROUP_TOTAL + ") as total,"
                + " closed from ((" + open + ") union all (select * from best_open) union all (" + closed + ")) h"
                + " order by " + hitOrder + " limit :limit offset :offset";
    }

    /**
     * {@link #pageQuery()} with the {@code columns} of each meeting {@code m} on the page (and what {@code joins} joins
     * to it), in the page's order; per row those columns, then distance and total. One statement, one round trip.
     */
    public String pageRowsQuery(String columns, String joins) {
        return "select " + columns + ", p.distance_km, p.total from (" + pageQuery() + ") p"
                + rowByKey("meeting", "m", "p.id", false) + joins + " order by " + prefixed("p", hitOrder);
    }

    /**
     * Joins the row of {@code table} (as {@code alias}) whose id is {@code key}, or none when {@code optional}, as a
     * lateral subquery that the planner keeps apart ({@code offset 0}): looked up by primary key for each row of a
     * page, which is the plan anyway, without weighing every join order over the tables' indexes. That weighing cost
     * about 0.3 ms of planning for every search (the day filter: 0.7 → 0.4 ms of its 2–3 ms; backend/README.md).
     */
    static String rowByKey(String table, String alias, String key, boolean optional) {
        String row = " lateral (select * from " + table + " " + alias + " where " + alias + ".id = " + key + " offset 0) "
                + alias;
        return optional ? " left join" + row + " on true" : " cross join" + row;
    }

    /**
     * One page of groups instead of meetings: a group is placed by its first hit in the usual order (ties by group id),
     * and every hit of the groups on the page comes back, grouped and in that order. Per row: meeting id, distance,
     * total of groups.
     */
    public String groupPageQuery() {
        return withHits() + ","
                + " page as (select group_id, " + groupKeys + ", count(*) over () as total from hits group by group_id"
                + " order by " + groupOrder + " limit :limit offset :offset)"
                + " select h.id, h.distance_km, p.total from hits h join page p on p.group_id = h.group_id"
                + " order by " + prefixed("p", groupOrder) + ", " + prefixed("h", hitOrder);
    }

    private static String prefixed(String alias, String order) {
        return order.replaceAll("(^|, )", "$1" + alias + ".");
    }

    /**
     * The total alone, for a page beyond the last one. When every condition is on the group, every listed meeting of
     * the matching groups is a hit: the sum of their counts (V201), which the text hits read with the groups.
     */
    public String countQuery() {
        return rankedByGroup ? with() + GROUP_TOTAL : select("count(*)");
    }

    /** Any columns over every hit (meeting {@code m}, unordered, unpaged), with {@link #countParams()}. */
    public String select(String columns) {
        return with() + "select " + columns + from() + where;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** The "minutes until the next start" expression over a row {@code m}; for tests of the SQL against the Java rule. */
    String minutesUntilNext() {
        return minutes;
    }

    /** Parameters that {@link #countQuery()} uses (it has no "now"). */
    public Map<String, Object> countParams() {
        Map<String, Object> count = new LinkedHashMap<>(params);
        count.keySet().removeIf(name -> name.equals("now") || name.startsWith("zone"));
        return count;
    }

    /** Every hit once, with the keys of the order: {@code with hits as materialized (…)}, after the text hits. */
    private String withHits() {
        String hits = "select m.id, m.group_id, m.temporarily_closed as closed, " + distance + " as distance_km, "
                + minutes + " as minutes_until, " + (textHits == null ? "0" : "t.rank") + " as rank" + from() + where;
        return (textHits == null ? "with " : with() + ", ") + "hits as materialized (" + hits + ")";
    }

    private String with() {
        return textHits == null ? "" : "with text_hits as materialized (" + textHits + ") ";
    }

    private String from() {
        return " from meeting m" + (textHits == null ? "" : " join text_hits t on t.id = m.group_id") + joins;
    }

    /**
     * The organisation and the group's place, when a filter needs them; the group itself too when it is not the
     * query's own table. Whether a meeting is public at all is kept on the meeting (V36).
     */
    private static String groupJoins(MeetingFilter f, boolean joinGroup) {
        // "active" is implied by m.listed; said again, it lets the narrow index of active groups (V38) serve
        return (joinGroup ? " join self_help_group g on g.id = m.group_id and g.status = 'ACTIVE'" : "")
                + (f.approach() != null || f.kind() != null ? " join organisation o on o.id = g.organisation_id" : "")
                + (f.place() != null ? " left join location gl on gl.id = g.location_id" : "");
    }

    private static String meetingJoins(MeetingFilter f) {
        return f.attendance() != null ? " left join location l on l.id = m.location_id" : "";
    }

    /**
     * Prefix matching per word: "anonieme alco" finds "anonieme alcoholisten". A hyphenated word stays whole ("al-anon"
     * is one word to PostgreSQL's parser; split up, "al" is a Dutch stop word and "anon" would also find "anonieme");
     * tsquery's syntax characters are left out.
     */
    public static String prefixQuery(String term) {
        String query = Arrays.stream(term.split("[^\\p{L}\\p{N}-]+"))
                .map(part -> part.replaceAll("^-+|-+$", ""))
                .filter(part -> !part.isEmpty())
                .map(part -> part + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? "''" : query;
    }

    /** The words of the directory similar to a mistyped term, most similar first (V37: the word list). */
    public static final String SIMILAR_WORDS = "select word from search_word where :term <% word"
            + " order by word_similarity(:term, word) desc, word limit 3";

    /** Whether an active group contains term {@code %d} as a word. */
    static final String GROUP_HAS_WORD = "select 1 from self_help_group g where g.status = 'ACTIVE'"
            + " and g.search_vector @@ to_tsquery('dutch', :tq%d)";

    /** Whether an organisation contains term {@code %d} as a word (V91). */
    static final String ORGANISATION_HAS_WORD = "select 1 from organisation o where o.search_vector @@ to_tsquery('dutch', :tq%d)";

    /**
     * The SQL that tells, per term, whether a row of the searched table contains it as a word ({@code hasWord}, such as
     * {@link #GROUP_HAS_WORD} or {@link #ORGANISATION_HAS_WORD}); the others count as typos.
     */
    static String wordHitsQuery(int terms, String hasWord) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            rows.add("(" + i + ", exists (" + hasWord.formatted(i) + "))");
        }
        return "select i from (values " + String.join(", ", rows) + ") as v (i, hit) where hit";
    }

    /**
     * The "minutes until the next start" expression. Zones whose clocks agree now (Amsterdam and Brussels always do)
     * share one branch and one table: half the expression to plan for every search.
     */
    private String minutesUntilNext(Instant now) {
        List<NextStartTable> tables = new ArrayList<>();
        List<List<Country>> zones = new ArrayList<>();
        for (Country country : Country.values()) {
            NextStartTable table = NextStartTable.at(now, country.zone());
            int same = 0;
            while (same < tables.size() && !tables.get(same).sameClock(table)) {
                same++;
            }
            if (same == tables.size()) {
                tables.add(table);
                zones.add(new ArrayList<>());
            }
            zones.get(same).add(country);
        }
        StringBuilder sql = new StringBuilder("case ");
        for (int i = 0; i < tables.size(); i++) {
            String prefix = "zone_" + zones.get(i).get(0).name().toLowerCase();
            List<String> names = new ArrayList<>();
            for (Country country : zones.get(i)) {
                String zone = "zone_" + country.name().toLowerCase();
                names.add(":" + zone);
                params.put(zone, country.zone().getId());
            }
            if (i == 0) {
                walkZones = zones.get(i).stream().map(c -> "'" + c.zone().getId() + "'")
                        .collect(Collectors.joining(", "));
                walkWeekMinute = ":" + prefix + "_week_minute";
            }
            NextStartTable table = tables.get(i);
            String first = "(cast(:" + prefix + "_first as int[]))[" + MONTHLY_SLOT + "]";
            String second = "(cast(:" + prefix + "_second as int[]))[" + MONTHLY_SLOT + "]";
            sql.append(MINUTES_IN_ZONE.formatted(prefix, MINUTES_PER_WEEK, first, second, START_MINUTE,
                    String.join(", ", names)));
            params.put(prefix + "_week_minute", table.minuteOfWeek());
            params.put(prefix + "_day_minute", table.minuteOfDay());
            params.put(prefix + "_first", NextStartTable.sqlArray(table.firstDays()));
            params.put(prefix + "_second", NextStartTable.sqlArray(table.secondDays()));
        }
        return sql.append(MINUTES_OTHER_ZONE).append(" end").toString();
    }

    /**
     * The active groups that contain every term, ranked once per group (not per meeting: a group has about five).
     * Terms come from {@link SearchTerms}: already lower-case and accent-free, so the query side needs no unaccent().
     */
    private String textHits(List<Term> terms, boolean ranked, String joins, List<String> groupConditions) {
        List<String> conditions = new ArrayList<>();
        List<String> ranks = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term.typo() && term.similar().isEmpty()) {
                conditions.add("false");
                continue;
            }
            conditions.add("g.search_vector @@ to_tsquery('dutch', :tq" + i + ")");
            // the word as typed outranks the similar words found for a typo
            ranks.add((term.typo() ? "" : "1 + ") + "ts_rank(g.search_vector, to_tsquery('dutch', :tq" + i + "))");
            params.put("tq" + i, term.typo() ? String.join(" | ", term.similar()) : prefixQuery(term.text()));
        }
        conditions.addAll(groupConditions);
        return "select g.id, " + (ranked && !ranks.isEmpty() ? String.join(" + ", ranks) : "0") + " as rank,"
                + " g.listed_meetings as meetings from self_help_group g" + joins + " where g.status = 'ACTIVE' and "
                + String.join(" and ", conditions);
    }

    /** Conditions on the group, its organisation and its place. */
    private List<String> groupConditions(MeetingFilter f) {
        List<String> where = new ArrayList<>();
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
        if (f.open() != null) {
            where.add("g.open_meeting = :open");
            params.put("open", f.open());
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
        return where;
    }

    /** Conditions on the meeting and its place; "listed" (V36) stands for the group's and organisation's status. */
    private List<String> meetingConditions(MeetingFilter f) {
        List<String> where = new ArrayList<>();
        where.add(LISTED);
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
        if (f.modifiedAfter() != null) {
            where.add("(m.updated_at > cast(:modifiedAfter as timestamptz) or m.group_id in (select id from"
                    + " self_help_group where updated_at > cast(:modifiedAfter as timestamptz)))");
            params.put("modifiedAfter", OffsetDateTime.ofInstant(f.modifiedAfter(), ZoneOffset.UTC));
        }
        if (f.near() != null) {
            near(f.near(), "m", where, params);
        }
        return where;
    }

    /** Within the radius of the point, over {@code alias.latitude/longitude}: a bounding box (indexed), then the exact distance. */
    static void near(MeetingFilter.Near near, String alias, List<String> where, Map<String, Object> params) {
        where.add(alias + ".latitude between :minLat and :maxLat and " + alias + ".longitude between :minLon and :maxLon");
        where.add(distanceKm(alias) + " <= :radius");
        params.put("lat", near.latitude());
        params.put("lon", near.longitude());
        params.put("minLat", near.minLatitude());
        params.put("maxLat", near.maxLatitude());
        params.put("minLon", near.longitude() - near.longitudeDelta());
        params.put("maxLon", near.longitude() + near.longitudeDelta());
        params.put("radius", near.radiusKm());
    }

    /** The haversine distance in km from {@code :lat}/{@code :lon} to {@code alias.latitude/longitude}. */
    static String distanceKm(String alias) {
        return DISTANCE_KM.replace("m.latitude", alias + ".latitude").replace("m.longitude", alias + ".longitude");
    }
}
