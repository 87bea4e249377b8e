package io.labwatch.domain.funding;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Funding rounds in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class FundingRoundStore extends RecordStore<FundingRound, FundingRoundRecord> {

    @Override
    protected FundingRound draft(FundingRoundRecord record, List<FieldError> errors) {
        FundingRound round = new FundingRound();
        round.lab = drafts.lab("lab", record.lab(), true, errors);
        round.name = record.name();
        round.announcedOn = record.announcedOn();
        round.datePrecision = DraftFactory.precision(record.datePrecision());
        round.closedOn = record.closedOn();
        round.amountRaised = record.amountRaised();
        round.amountRaisedLow = record.amountRaisedLow();
        round.amountRaisedHigh = record.amountRaisedHigh();
        round.postMoneyValuation = record.postMoneyValuation();
        round.postMoneyValuationLow = record.postMoneyValuationLow();
        round.postMoneyValuationHigh = record.postMoneyValuationHigh();
        round.leadInvestors = record.leadInvestors();
        return round;
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
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .between("e.announcedOn")
                .sort("announcedOn", "e.announcedOn").sort("amountRaised", "e.amountRaised * coalesce(e.usdRate, 1)")
                // amounts sort in US dollars, whatever currency each round was reported in
                .sort("postMoneyValuation", "e.postMoneyValuation * coalesce(e.usdRate, 1)");
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("funding-rounds", "funding round", 50, false, "name", "lab and name", FundingRoundRecord.class, "/labs/{lab}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("lab", "name");
    }

    @Override
    public String summary(FundingRound e) {
        return FundingSummary.round(e);
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
