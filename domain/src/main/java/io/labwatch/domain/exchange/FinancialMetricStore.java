package io.labwatch.domain.exchange;

import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.FinancialMetricService;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.timeline.FactSummaries;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import io.labwatch.domain.finance.MetricKind;
/** Financial metrics in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class FinancialMetricStore extends RecordStore<FinancialMetric, FinancialMetricRecord> {

    @Inject
    FinancialMetricService service;

    @Override
    protected Class<FinancialMetric> type() {
        return FinancialMetric.class;
    }

    @Override
    protected EntityService<FinancialMetric> service() {
        return service;
    }

    @Override
    protected FinancialMetric find(String key) {
        return service.get(id(key, "Financial metric"));
    }

    @Override
    protected FinancialMetric draft(FinancialMetricRecord record, List<FieldError> errors) {
        return drafts.financialMetric(record, errors);
    }

    @Override
    protected FinancialMetricRecord toRecord(FinancialMetric e, List<CitationRecord> citations) {
        return new FinancialMetricRecord(e.id, e.lab.slug, e.period, e.metric, e.value, e.valueLow, e.valueHigh, e.basis, e.scope, e.reportedOn, e.datePrecision, e.certainty, e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-reportedOn")
                .filter("lab", "e.lab.slug = :lab", knownSlug("Lab"))
                .filter("metric", "e.metric = :metric", ListSpec.oneOf(MetricKind.class))
                .filter("period", "e.period = :period", ListSpec.text())
                .filter("from", "e.reportedOn >= :from", ListSpec.date())
                .filter("to", "e.reportedOn <= :to", ListSpec.date())
                .sort("reportedOn", "e.reportedOn").sort("period", "e.period").sort("value", "e.value * coalesce(e.usdRate, 1)");
    }

    @Override
    protected String fetches() {
        return " left join fetch e.lab";
    }


    @Override
    protected KindInfo info() {
        return new KindInfo("financial-metrics", "financial metric", 70, false, "metric", "lab, period, metric and scope", FinancialMetricRecord.class, "/labs/{lab}");
    }

    @Override
    protected java.util.Optional<FinancialMetric> existing(FinancialMetric draft) {
        return em.createQuery("select x from FinancialMetric x where x.lab = :lab and x.period = :period and x.metric = :metric",
                        FinancialMetric.class).setParameter("lab", draft.lab).setParameter("period", draft.period).setParameter("metric", draft.metric)
                .getResultStream().filter(m -> java.util.Objects.equals(m.scope, draft.scope)).findFirst();
    }

    @Override
    public String summary(FinancialMetric e) {
        return FactSummaries.metric(e);
    }

    @Override
    public boolean ownSections() {
        return true;
    }

    @Override
    public String apiDescription() {
        return "Revenue and other reported figures per period, with their basis.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "period": "2026-Q2", "metric": "REVENUE", "value": 10900000000,
                "reportedOn": "2026-05-01", "citations": [{"source": "business20-900b-round"}]}""";
    }
}
