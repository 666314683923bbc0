package nl.zelfhulpwijzer.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;

import nl.zelfhulpwijzer.common.paging.PageRequest;

/** Runs the public meeting search ({@link MeetingSearchSql}) and loads the meetings of one page. */
@ApplicationScoped
public class MeetingSearchRepository {

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
        MeetingSearchSql sql = MeetingSearchSql.of(filter, terms(filter.terms()), clock.instant());
        Map<String, Object> params = new LinkedHashMap<>(sql.params());
        params.put("limit", page.size());
        params.put("offset", page.offset());
        NamedParameters query = NamedParameters.of(sql.pageRowsQuery(MeetingPageRows.COLUMNS, MeetingPageRows.JOINS), params);
        Page found = em.unwrap(Session.class).doReturningWork(connection -> MeetingPageRows.page(connection, query));
        if (!found.hits().isEmpty() || page.page() == 1) {
            return found;
        }
        return new Page(found.hits(), count(sql, sql.countQuery()));
    }

    /** The rows of one page of a search query, and the total of its hits. */
    record Rows(List<Object[]> rows, long total) {
    }

    /**
     * Runs one page of a search query; the total comes from the rows, or (for a page beyond the last one) from
     * {@code countQuery} (with {@link MeetingSearchSql#countParams()}).
     */
    Rows rows(MeetingSearchSql sql, String pageQuery, int totalColumn, String countQuery, PageRequest page) {
        Query query = em.createNativeQuery(pageQuery);
        sql.params().forEach(query::setParameter);
        query.setParameter("limit", page.size());
        query.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (!rows.isEmpty()) {
            return new Rows(rows, ((Number) rows.get(0)[totalColumn]).longValue());
        }
        if (page.page() == 1) {
            return new Rows(rows, 0);
        }
        return new Rows(rows, count(sql, countQuery));
    }

    /** The total of hits, for a page beyond the last one (with {@link MeetingSearchSql#countParams()}). */
    private long count(MeetingSearchSql sql, String countQuery) {
        Query count = em.createNativeQuery(countQuery);
        sql.countParams().forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The meetings of rows whose first columns are meeting id and distance, in the rows' order. */
    List<Hit> hits(List<Object[]> rows) {
        Map<Long, Meeting> meetings = load(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            hits.add(new Hit(meetings.get(((Number) row[0]).longValue()), roundedKm(row[1])));
        }
        return hits;
    }

    /** A distance from the search SQL, to 0.1 km; null when the search has no point. */
    static Double roundedKm(Object km) {
        return km == null ? null : Math.round(((Number) km).doubleValue() * 10) / 10.0;
    }

    /**
     * Terms that occur as a word in some active group are matched by full text (index, cheap); the others are taken
     * for typos and replaced by the most similar words of the directory's word list.
     */
    List<MeetingSearchSql.Term> terms(List<String> words) {
        return terms(words, MeetingSearchSql.GROUP_HAS_WORD);
    }

    /**
     * The same for another searched table: {@code hasWord} tells whether it contains a term as a word. Plain JDBC on
     * the session's connection, as the page itself: Hibernate's native-query layer cost more CPU than these small
     * statements (scripts/bench-search.sh).
     */
    List<MeetingSearchSql.Term> terms(List<String> words, String hasWord) {
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            params.put("tq" + i, MeetingSearchSql.prefixQuery(words.get(i)));
        }
        NamedParameters wordHits = NamedParameters.of(MeetingSearchSql.wordHitsQuery(words.size(), hasWord), params);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<Integer> found = new HashSet<>();
            try (PreparedStatement statement = wordHits.prepare(connection); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getInt(1));
                }
            }
            List<MeetingSearchSql.Term> terms = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                terms.add(found.contains(i) ? MeetingSearchSql.Term.word(words.get(i))
                        : new MeetingSearchSql.Term(words.get(i), similarWords(connection, words.get(i))));
            }
            return terms;
        });
    }

    private static List<String> similarWords(Connection connection, String term) throws SQLException {
        List<String> words = new ArrayList<>();
        NamedParameters similar = NamedParameters.of(MeetingSearchSql.SIMILAR_WORDS, Map.of("term", term));
        try (PreparedStatement statement = similar.prepare(connection); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                words.add(rs.getString(1));
            }
        }
        return words;
    }

    Map<Long, Meeting> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> MeetingPageRows.load(connection, ids));
    }
}
