package io.labwatch.domain.overview;

import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabStatus;
import io.labwatch.domain.listing.Cursor;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads the labs overview in one statement (a page of it in two), whatever the number of labs. */
@ApplicationScoped
public class LabOverviewQuery {

    private static final String SQL = """
            select l.slug, l.name, l.kind, l.status, l.headquarters, l.stated_emphasis,
                   v.value, v.as_of, v.date_precision, v.basis, v.certainty,
                   e.kind, e.occurred_on, e.date_precision,
                   (select coalesce(sum(r.amount_raised * coalesce(f.usd_rate, 1)), 0) from funding_round r join fact f on f.id = r.id
                     where r.lab_id = l.id and f.status = 'CURRENT') as total_raised,
                   (select count(*) from hire h join fact f on f.id = h.id where h.to_lab_id = l.id and f.status = 'CURRENT'
                       and h.seniority in ('SENIOR', 'PRINCIPAL', 'EXECUTIVE') and h.announced_on > cast(:since as date)) as senior_in,
                   (select count(*) from hire h join fact f on f.id = h.id where h.from_lab_id = l.id and f.status = 'CURRENT'
                       and h.seniority in ('SENIOR', 'PRINCIPAL', 'EXECUTIVE') and h.announced_on > cast(:since as date)) as senior_out,
                   l.id, lower(l.name)
              from %from l
              -- the latest valuation mark (rule ValuationMarks): a valuation record, or a round's post-money where no
              -- current record names the round; in US dollars
              left join lateral (
                   select value, as_of, date_precision, basis, certainty from (
                       (select round(x.value * coalesce(f.usd_rate, 1), 2) as value, x.as_of, f.date_precision, x.basis, f.certainty, x.id
                          from valuation x join fact f on f.id = x.id
                         where x.lab_id = l.id and f.status = 'CURRENT' and x.value > 0 order by x.as_of desc, x.id desc limit 1)
                       union all
                       (select round(r.post_money_valuation * coalesce(f.usd_rate, 1), 2), r.announced_on, f.date_precision,
                               'PRIMARY_ROUND', f.certainty, r.id
                          from funding_round r join fact f on f.id = r.id
                         where r.lab_id = l.id and f.status = 'CURRENT' and r.post_money_valuation > 0
                           and not exists (select 1 from valuation n join fact nf on nf.id = n.id
                                            where n.funding_round_id = r.id and nf.status = 'CURRENT')
                         order by r.announced_on desc, r.id desc limit 1)) marks
                    order by as_of desc, id desc limit 1) v on true
              -- the latest current fact naming the lab, as lab_event names its kind: read from fact_party's (lab, date)
              -- index in its order, stopping at the first current one (through the view, the planner read and sorted
              -- every fact of each lab: 5 ms a lab at 100,000 facts)
              left join lateral (
                   select (f.kind || case p.role when 'TO' then '_IN' when 'FROM' then '_OUT' else '' end) as kind, p.occurred_on,
                          f.date_precision
                     from fact_party p join fact f on f.id = p.fact_id
                    where p.lab_id = l.id and f.status = 'CURRENT' order by p.occurred_on desc, p.fact_id desc limit 1) e on true
             where %filter
             order by %s
            """;

    private static final String FILTER = "(:kind = '' or l.kind = :kind) and (:q = '' or l.name ilike '%' || :q || '%')";

    /** Sorts on the lab's own columns: a page of labs is chosen first, and only its rows are computed. */
    private static final Map<String, String> OWN_COLUMN_SORTS = Map.of("name", "lower(l.name), l.id", "kind", "l.kind, lower(l.name)");

    /** The sorts the labs list offers, by name, each with its SQL (ties by name). */
    public static final Map<String, String> SORTS = Map.of(
            "name", "lower(l.name), l.id",
            "valuation", "v.value desc nulls last, lower(l.name)",
            "raised", "total_raised desc, lower(l.name)",
            "hires", "senior_in desc, lower(l.name)",
            "event", "e.occurred_on desc nulls last, lower(l.name)",
            "kind", "l.kind, lower(l.name)");

    @Inject
    EntityManager em;

    /** Every lab, by name, with senior hires counted over the twelve months before today. */
    public List<LabOverview> all() {
        return list(null, null, "name", LocalDate.now());
    }

    /** Labs of a kind (null: all) whose name contains {@code q} (null: any), sorted by one of {@link #SORTS}. */
    public List<LabOverview> list(LabKind kind, String q, String sort, LocalDate today) {
        return rows(kind, q, sort, today, 0, Integer.MAX_VALUE);
    }

    /** One page of {@link #list}, with the number of labs that match: two statements. */
    public Page<LabOverview> page(LabKind kind, String q, String sort, LocalDate today, int page, int size) {
        long total = ((Number) bind(em.createNativeQuery("select count(*) from lab l where " + FILTER), kind, q).getSingleResult()).longValue();
        return new Page<>(total == 0 ? List.of() : rows(kind, q, sort, today, ListRequest.offset(page, size), size), page, size, total);
    }

    /**
     * A page of labs by name, by cursor: the labs after the cursor's name (then id), so a lab added meanwhile neither
     * repeats nor shifts a page; only the page's labs are computed.
     */
    @SuppressWarnings("unchecked")
    public Page<LabOverview> byName(LabKind kind, String q, LocalDate today, ListRequest request) {
        Cursor after = request.cursor().isBlank() ? null : Cursor.decode(request.cursor(), "name");
        if (after != null && !(after.parameter() instanceof String)) {
            throw Cursor.notGiven();
        }
        String sql = SQL.replace("%from", "(select * from lab l where " + FILTER + " and (:first or (lower(l.name), l.id) > (:name, :id))"
                + " order by lower(l.name), l.id limit " + (request.size() + 1) + ")").replace("%filter", "true")
                .replace("order by %s", "order by " + SORTS.get("name"));
        List<Object[]> rows = bind(em.createNativeQuery(sql), kind, q).setParameter("since", today.minusMonths(12))
                .setParameter("first", after == null).setParameter("name", after == null ? "" : after.parameter())
                .setParameter("id", after == null ? 0L : after.id()).getResultList();
        return Page.ofOneMore(rows, request.size(), last -> Cursor.after("name", (String) last[18], ((Number) last[17]).longValue()).encode())
                .map(LabOverviewQuery::toOverview);
    }

    @SuppressWarnings("unchecked")
    private List<LabOverview> rows(LabKind kind, String q, String sort, LocalDate today, int offset, int limit) {
        String chosen = sort == null || !SORTS.containsKey(sort) ? "name" : sort;
        String paging = limit == Integer.MAX_VALUE ? "" : " limit " + limit + " offset " + offset;
        String sql = OWN_COLUMN_SORTS.containsKey(chosen)
                ? SQL.replace("%from", "(select * from lab l where " + FILTER + " order by " + OWN_COLUMN_SORTS.get(chosen) + paging + ")")
                        .replace("%filter", "true").replace("order by %s", "order by " + SORTS.get(chosen))
                : SQL.replace("%from", "lab").replace("%filter", FILTER).replace("order by %s", "order by " + SORTS.get(chosen) + paging);
        List<Object[]> rows = bind(em.createNativeQuery(sql), kind, q).setParameter("since", today.minusMonths(12)).getResultList();
        return rows.stream().map(LabOverviewQuery::toOverview).toList();
    }

    private static Query bind(Query query, LabKind kind, String q) {
        return query.setParameter("kind", kind == null ? "" : kind.name()).setParameter("q", q == null ? "" : q.trim().replace("%", "").replace("_", ""));
    }

    private static LabOverview toOverview(Object[] r) {
        LabOverview.LatestValuation valuation = r[6] == null ? null : new LabOverview.LatestValuation(
                (BigDecimal) r[6], SqlValues.date(r[7]), DatePrecision.valueOf((String) r[8]),
                ValuationBasis.valueOf((String) r[9]), Certainty.valueOf((String) r[10]));
        LabOverview.LatestEvent event = r[11] == null ? null : new LabOverview.LatestEvent(
                (String) r[11], SqlValues.date(r[12]), DatePrecision.valueOf((String) r[13]));
        return new LabOverview((String) r[0], (String) r[1], LabKind.valueOf((String) r[2]),
                LabStatus.valueOf((String) r[3]), (String) r[4], (String) r[5], valuation, event, (BigDecimal) r[14],
                ((Number) r[15]).intValue(), ((Number) r[16]).intValue());
    }
}
