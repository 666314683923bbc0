package nl.zelfhulpwijzer.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Published filter of the active groups of listed organisations, for {@link DirectoryQueries}: conditions combine
 * with AND. Builds SQL on {@code self_help_group g join organisation o}, so callers never name a directory table.
 */
public final class GroupSearch {

    final List<String> where = new ArrayList<>(List.of("g.status = 'ACTIVE'", "o.status <> 'INACTIVE'"));
    final Map<String, Object> params = new HashMap<>();

    /** Every word (see {@link SearchTerms}) in the group's text, as a prefix or a similar word. */
    public GroupSearch text(String search) {
        List<String> terms = SearchTerms.of(search);
        for (int i = 0; i < terms.size(); i++) {
            where.add("(g.search_vector @@ to_tsquery('dutch', :tq" + i + ") or :t" + i + " <% g.search_text)");
            params.put("tq" + i, MeetingSearchSql.prefixQuery(terms.get(i)));
            params.put("t" + i, terms.get(i));
        }
        return this;
    }

    /** Groups of that organisation; an unknown id ("-") matches none. */
    public GroupSearch organisation(String organisationId) {
        where.add("g.organisation_id = :org");
        params.put("org", organisationId);
        return this;
    }

    /** A group counts as modified when one of its meetings is. */
    public GroupSearch modifiedAfter(Instant after) {
        where.add("(g.updated_at >= cast(:after as timestamptz) or exists (select 1 from meeting m where m.group_id = g.id"
                + " and m.updated_at >= cast(:after as timestamptz)))");
        params.put("after", OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
        return this;
    }

    public GroupSearch audience(String code) {
        return code("cast(:term as varchar) = any(g.audiences)", code);
    }

    public GroupSearch behaviour(String code) {
        return code("cast(:term as varchar) = any(g.behaviours)", code);
    }

    /** By the organisation's approach. */
    public GroupSearch approach(String code) {
        return code("o.approach = :term", code);
    }

    /** By the organisation's kind. */
    public GroupSearch kind(String code) {
        return code("o.kind = :term", code);
    }

    /** Groups that name at least one audience of their own. */
    public GroupSearch withAudiences() {
        where.add("cardinality(g.audiences) > 0");
        return this;
    }

    /** Groups that name at least one behaviour of their own. */
    public GroupSearch withBehaviours() {
        where.add("cardinality(g.behaviours) > 0");
        return this;
    }

    private GroupSearch code(String condition, String code) {
        where.add(condition);
        params.put("term", code);
        return this;
    }

    String from() {
        return " from self_help_group g join organisation o on o.id = g.organisation_id where " + String.join(" and ", where);
    }
}
