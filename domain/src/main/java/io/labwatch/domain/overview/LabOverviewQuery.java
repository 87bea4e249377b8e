package io.labwatch.domain.overview;

import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabStatus;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Reads the labs overview in one statement, whatever the number of labs. */
@ApplicationScoped
public class LabOverviewQuery {

    private static final String SQL = """
            select l.slug, l.name, l.kind, l.status, l.headquarters, l.stated_emphasis,
                   v.value, v.as_of, v.date_precision, v.basis, v.certainty,
                   e.kind, e.occurred_on, e.date_precision
              from lab l
              left join lateral (
                   select value, as_of, date_precision, basis, certainty from valuation
                    where lab_id = l.id order by as_of desc, id desc limit 1) v on true
              left join lateral (
                   select kind, occurred_on, date_precision from lab_event
                    where lab_id = l.id and kind <> 'SOURCE' order by occurred_on desc, fact_id desc limit 1) e on true
             order by lower(l.name), l.slug
            """;

    @Inject
    EntityManager em;

    /** Every lab, by name. */
    @SuppressWarnings("unchecked")
    public List<LabOverview> all() {
        List<Object[]> rows = em.createNativeQuery(SQL).getResultList();
        return rows.stream().map(LabOverviewQuery::toOverview).toList();
    }

    private static LabOverview toOverview(Object[] r) {
        LabOverview.LatestValuation valuation = r[6] == null ? null : new LabOverview.LatestValuation(
                (BigDecimal) r[6], date(r[7]), DatePrecision.valueOf((String) r[8]),
                ValuationBasis.valueOf((String) r[9]), Certainty.valueOf((String) r[10]));
        LabOverview.LatestEvent event = r[11] == null ? null : new LabOverview.LatestEvent(
                (String) r[11], date(r[12]), DatePrecision.valueOf((String) r[13]));
        return new LabOverview((String) r[0], (String) r[1], LabKind.valueOf((String) r[2]),
                LabStatus.valueOf((String) r[3]), (String) r[4], (String) r[5], valuation, event);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
