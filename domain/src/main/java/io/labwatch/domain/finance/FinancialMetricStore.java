package io.labwatch.domain.finance;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.MetricKind;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Financial metrics in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class FinancialMetricStore extends RecordStore<FinancialMetric, FinancialMetricRecord> {

    @Override
    protected FinancialMetric draft(FinancialMetricRecord record, List<FieldError> errors) {
        FinancialMetric metric = new FinancialMetric();
        metric.lab = drafts.lab("lab", record.lab(), true, errors);
        metric.period = record.period();
        metric.metric = record.metric();
        metric.value = record.value();
        metric.valueLow = record.valueLow();
        metric.valueHigh = record.valueHigh();
        // absent: a run-rate for an annualised figure; for any other, the source did not say
        metric.basis = record.basis() != null ? record.basis()
                : record.metric() == MetricKind.ANNUALISED_REVENUE ? MetricBasis.ANNUALISED_RUN_RATE
                : MetricBasis.UNSTATED;
        metric.scope = record.scope();
        metric.reportedOn = record.reportedOn();
        metric.datePrecision = DraftFactory.precision(record.datePrecision());
        return metric;
    }

    @Override
    protected FinancialMetricRecord toRecord(FinancialMetric e, List<CitationRecord> citations) {
        return new FinancialMetricRecord(e.id, e.lab.slug, e.period, e.metric, e.value, e.valueLow, e.valueHigh, e.basis, e.scope, e.reportedOn, e.datePrecision, e.certainty, e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-reportedOn")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("metric", "e.metric = :metric", ListSpec.oneOf(MetricKind.class))
                .filter("period", "e.period = :period", ListSpec.text())
                .between("e.reportedOn")
                .sort("reportedOn", "e.reportedOn").sort("period", "e.period").sort("value", "e.value * coalesce(e.usdRate, 1)");
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("financial-metrics", "financial metric", 70, false, "metric", "lab, period, metric and scope", FinancialMetricRecord.class, "/labs/{lab}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("lab", "period", "metric", "scope");
    }

    @Override
    public String summary(FinancialMetric e) {
        return MetricSummary.of(e);
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
