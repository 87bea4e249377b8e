package io.labwatch.domain.search;

import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.Cursor;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/**
 * Full-text search over labs, people, hires, sources and every kind that says what of it is searched: PostgreSQL's websearch syntax ("quoted phrases",
 * or, -not) against GIN-indexed tsvector columns, ranked, with a highlighted snippet. One statement.
 */
@ApplicationScoped
public class SearchQuery {

    public static final Set<String> KINDS = Set.of("lab", "person", "hire", "source");
    private static final String HEADLINE = "'StartSel=[[, StopSel=]], MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=\" … \"'";
    // Matches are ranked first and only the page's rows get a snippet: ts_headline re-parses the text and cost more
    // than everything else when a common word matched tens of thousands of rows.
    private static final String SQL = """
            with q as (select websearch_to_tsquery('english', :q) as query)
            select top.kind, top.key, top.title || case when f.status <> 'CURRENT' then ' (' || lower(f.status) || ')' else '' end,
                   ts_headline('english', top.doc, q.query, %1$s) as snippet, top.rank from (
              select kind, key, title, doc, rank from (
                select 'lab' as kind, l.slug as key, l.name as title,
                       l.name || '. ' || coalesce(l.summary, '') || ' ' || coalesce(l.stated_emphasis, '') as doc,
                       ts_rank(l.search, q.query) as rank
                  from lab l, q where l.search @@ q.query
                union all
                select 'person', p.slug, p.name, p.name || '. ' || coalesce(p.bio, '') || ' ' || coalesce(p.notable_roles, ''),
                       ts_rank(p.search, q.query)
                  from person p, q where p.search @@ q.query
                union all
                select 'hire', h.id::text, p.name || coalesce(' → ' || l.name, ''), concat_ws('. ', h.role, h.team, h.mandate),
                       ts_rank(h.search, q.query)
                  from hire h join person p on p.id = h.person_id left join lab l on l.id = h.to_lab_id, q where h.search @@ q.query
                union all
                select 'source', s.slug, s.outlet || ': ' || s.headline, concat_ws(' — ', s.headline, s.focus_angle, s.key_quote),
                       ts_rank(s.search, q.query)
                  from source s, q where s.search @@ q.query%2$s
              ) hits
              where (:kind = '' or kind = :kind)
              order by rank desc, title, kind, key
              limit :limit offset :offset
            ) top cross join q
              -- a fact that is superseded, denied or retracted still matches, and says so (only the page's rows)
              left join fact f on f.id = case when top.kind not in ('lab', 'person', 'source'%3$s) then cast(top.key as bigint) end
            order by top.rank desc, top.title, top.kind, top.key
            """;

    @Inject
    EntityManager em;

    @Inject
    io.labwatch.domain.exchange.RecordKinds kinds;

    private volatile String sql;

    /**
     * The statement: the four arms above, and one per kind of the registry that says what of it is searched
     * ({@code RecordStore.searchDocument}, matched through an expression index of its migration).
     */
    private String sql() {
        String built = sql;
        if (built == null) {
            StringBuilder arms = new StringBuilder();
            for (io.labwatch.domain.exchange.RecordKind kind : searchedKinds()) {
                String doc = kind.store().searchDocument();
                arms.append("\n                union all\n                select '").append(kind.segment).append("', ").append(kind.bySlug ? "k.slug" : "k.id::text").append(", ")
                        .append(kind.store().searchTitle()).append(", ").append(doc).append(", ts_rank(to_tsvector('english', ")
                        .append(doc).append("), q.query)\n                  from ").append(kind.store().tableName())
                        .append(" k, q where to_tsvector('english', ").append(doc).append(") @@ q.query");
            }
            // records that are not facts (legal cases, ...) are keyed by slug: no fact to join
            String records = searchedKinds().stream().filter(k -> !k.isFact()).map(k -> ", '" + k.segment + "'")
                    .collect(java.util.stream.Collectors.joining());
            built = SQL.formatted(HEADLINE, arms, records);
            sql = built;
        }
        return built;
    }

    private List<io.labwatch.domain.exchange.RecordKind> searchedKinds() {
        return kinds.all().stream().filter(k -> k.store().searchDocument() != null).toList();
    }

    public List<SearchHit> search(String q, String kind, int limit) {
        return search(q, kind, 0, limit);
    }

    /**
     * A page of hits by cursor. Hits are ranked, and a new record can outrank the ones already seen, so the cursor
     * holds the position reached (not a row to continue after, as lists in a fixed order do).
     */
    public Page<SearchHit> search(String q, String kind, ListRequest request) {
        int offset = 0;
        if (!request.cursor().isBlank()) {
            Cursor cursor = Cursor.decode(request.cursor(), POSITION);
            if (!(cursor.parameter() instanceof Integer reached) || reached < 0) {
                throw Cursor.notGiven();
            }
            offset = reached;
        }
        int reached = offset + request.size();
        return Page.ofOneMore(search(q, kind, offset, request.size() + 1), request.size(), last -> Cursor.after(POSITION, reached, 0).encode());
    }

    private static final String POSITION = "position";

    @SuppressWarnings("unchecked")
    private List<SearchHit> search(String q, String kind, int offset, int limit) {
        if (q == null || q.isBlank()) {
            throw new BadQueryException(List.of(new FieldError("q", "is required: the words to search for")));
        }
        if (q.length() > 200) {
            throw new BadQueryException(List.of(new FieldError("q", "must be at most 200 characters")));
        }
        java.util.SortedSet<String> known = new java.util.TreeSet<>(KINDS);
        searchedKinds().forEach(k -> known.add(k.segment));
        if (kind != null && !kind.isBlank() && !known.contains(kind)) {
            throw new BadQueryException(List.of(new FieldError("kind", "must be one of " + String.join(", ", known))));
        }
        if (limit < 1 || limit > ListRequest.MAX_SIZE + 1) {
            throw new BadQueryException(List.of(new FieldError("limit", "must be between 1 and 100")));
        }
        List<Object[]> rows = em.createNativeQuery(sql())
                .setParameter("q", q.trim())
                .setParameter("kind", kind == null ? "" : kind.trim())
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(r -> new SearchHit((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).doubleValue())).toList();
    }
}
