package io.labwatch.domain.funding;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Valuations in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class ValuationStore extends RecordStore<Valuation, ValuationRecord> {

    @Inject
    FundingRoundRepository rounds;

    @Override
    protected Valuation draft(ValuationRecord record, List<FieldError> errors) {
        Valuation valuation = new Valuation();
        valuation.lab = drafts.lab("lab", record.lab(), true, errors);
        valuation.asOf = record.asOf();
        valuation.datePrecision = DraftFactory.precision(record.datePrecision());
        valuation.value = record.value();
        valuation.valueLow = record.valueLow();
        valuation.valueHigh = record.valueHigh();
        valuation.basis = record.basis();
        valuation.note = record.note();
        if (record.round() != null && valuation.lab != null) {
            valuation.fundingRound = rounds.find("lab = ?1 and name = ?2", valuation.lab, record.round()).firstResult();
            if (valuation.fundingRound == null) {
                errors.add(new FieldError("round", "no round '" + record.round() + "' of lab '" + record.lab() + "'"));
            }
        }
        return valuation;
    }

    @Override
    protected ValuationRecord toRecord(Valuation e, List<CitationRecord> citations) {
        return new ValuationRecord(e.id, e.lab.slug, e.asOf, e.datePrecision, e.value, e.valueLow, e.valueHigh, e.basis, e.fundingRound == null ? null : e.fundingRound.name,
                e.note, e.certainty, e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-asOf")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("basis", "e.basis = :basis", ListSpec.oneOf(ValuationBasis.class))
                .between("e.asOf")
                .sort("asOf", "e.asOf").sort("value", "e.value * coalesce(e.usdRate, 1)");
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("valuations", "valuation", 60, false, "asOf", "lab, date and basis", ValuationRecord.class, "/labs/{lab}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("lab", "asOf", "basis");
    }

    @Override
    public String summary(Valuation e) {
        return FundingSummary.valuation(e);
    }

    @Override
    public boolean ownSections() {
        return true;
    }

    @Override
    public String apiDescription() {
        return "What a lab was worth on a date, and on what basis.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "asOf": "2026-05-01", "datePrecision": "MONTH", "value": 900000000000,
                "basis": "PRIMARY_ROUND", "round": "2026 round", "citations": [{"source": "business20-900b-round"}]}""";
    }
}
