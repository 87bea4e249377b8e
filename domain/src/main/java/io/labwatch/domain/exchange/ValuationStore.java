package io.labwatch.domain.exchange;

import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationService;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.timeline.FactSummaries;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import io.labwatch.domain.funding.ValuationBasis;
/** Valuations in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class ValuationStore extends RecordStore<Valuation, ValuationRecord> {

    @Inject
    ValuationService service;

    @Override
    protected Class<Valuation> type() {
        return Valuation.class;
    }

    @Override
    protected EntityService<Valuation> service() {
        return service;
    }

    @Override
    protected Valuation find(String key) {
        return service.get(id(key, "Valuation"));
    }

    @Override
    protected Valuation draft(ValuationRecord record, List<FieldError> errors) {
        return drafts.valuation(record, errors);
    }

    @Override
    protected ValuationRecord toRecord(Valuation e, List<CitationRecord> citations) {
        return new ValuationRecord(e.id, e.lab.slug, e.asOf, e.datePrecision, e.value, e.valueLow, e.valueHigh, e.basis, e.fundingRound == null ? null : e.fundingRound.name,
                e.note, e.certainty, e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-asOf")
                .filter("lab", "e.lab.slug = :lab", knownSlug("Lab"))
                .filter("basis", "e.basis = :basis", ListSpec.oneOf(ValuationBasis.class))
                .filter("from", "e.asOf >= :from", ListSpec.date())
                .filter("to", "e.asOf <= :to", ListSpec.date())
                .sort("asOf", "e.asOf").sort("value", "e.value * coalesce(e.usdRate, 1)");
    }

    @Override
    protected String fetches() {
        return " left join fetch e.lab left join fetch e.fundingRound";
    }


    @Override
    protected KindInfo info() {
        return new KindInfo("valuations", "valuation", 60, false, "asOf", "lab, date and basis", ValuationRecord.class, "/labs/{lab}");
    }

    @Override
    protected java.util.Optional<Valuation> existing(Valuation draft) {
        return em.createQuery("select x from Valuation x where x.lab = :lab and x.asOf = :asOf and x.basis = :basis", Valuation.class)
                .setParameter("lab", draft.lab).setParameter("asOf", draft.asOf).setParameter("basis", draft.basis).getResultStream().findFirst();
    }

    @Override
    public String summary(Valuation e) {
        return FactSummaries.valuation(e);
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
