package io.labwatch.domain.exchange;

import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.FundingRoundService;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.timeline.FactSummaries;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import io.labwatch.domain.shared.Certainty;
/** Funding rounds in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class FundingRoundStore extends RecordStore<FundingRound, FundingRoundRecord> {

    @Inject
    FundingRoundService service;

    @Override
    protected Class<FundingRound> type() {
        return FundingRound.class;
    }

    @Override
    protected EntityService<FundingRound> service() {
        return service;
    }

    @Override
    protected FundingRound find(String key) {
        return service.get(id(key, "Funding round"));
    }

    @Override
    protected FundingRound draft(FundingRoundRecord record, List<FieldError> errors) {
        return drafts.fundingRound(record, errors);
    }

    @Override
    protected FundingRoundRecord toRecord(FundingRound e, List<CitationRecord> citations) {
        return new FundingRoundRecord(e.id, e.lab.slug, e.name, e.announcedOn, e.datePrecision, e.closedOn, e.amountRaised, e.amountRaisedLow, e.amountRaisedHigh,
                e.postMoneyValuation, e.postMoneyValuationLow, e.postMoneyValuationHigh,
                e.leadInvestors, e.certainty, e.estimated, e.estimateMethod, e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                .filter("lab", "e.lab.slug = :lab", knownSlug("Lab"))
                .filter("certainty", "e.certainty = :certainty", ListSpec.oneOf(Certainty.class))
                .filter("from", "e.announcedOn >= :from", ListSpec.date())
                .filter("to", "e.announcedOn <= :to", ListSpec.date())
                .sort("announcedOn", "e.announcedOn").sort("amountRaised", "e.amountRaised * coalesce(e.usdRate, 1)")
                // amounts sort in US dollars, whatever currency each round was reported in
                .sort("postMoneyValuation", "e.postMoneyValuation * coalesce(e.usdRate, 1)");
    }

    @Override
    protected String fetches() {
        return " left join fetch e.lab";
    }


    @Override
    protected KindInfo info() {
        return new KindInfo("funding-rounds", "funding round", 50, false, "name", "lab and name", FundingRoundRecord.class, "/labs/{lab}");
    }

    @Override
    protected java.util.Optional<FundingRound> existing(FundingRound draft) {
        return em.createQuery("select x from FundingRound x where x.lab = :lab and x.name = :name", FundingRound.class)
                .setParameter("lab", draft.lab).setParameter("name", draft.name).getResultStream().findFirst();
    }

    @Override
    public String summary(FundingRound e) {
        return FactSummaries.round(e);
    }

    @Override
    public boolean ownSections() {
        return true;
    }

    @Override
    public String apiDescription() {
        return "Rounds raised by labs, in the currency reported (compared in US dollars).";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "name": "2026 round", "announcedOn": "2026-05-01", "datePrecision": "MONTH",
                "postMoneyValuation": 900000000000, "certainty": "REPORTED",
                "citations": [{"source": "business20-900b-round"}]}""";
    }
}
