package io.labwatch.domain.acquisition;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.figures.FactFigures;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Acquisitions in the exchange format, addressed by id: everything Labwatch derives for the kind starts here. */
@ApplicationScoped
@Transactional
public class AcquisitionStore extends RecordStore<Acquisition, AcquisitionRecord> {

    @Override
    protected KindInfo info() {
        return new KindInfo("acquisitions", "acquisition", 35, false, "target", "acquirer, target and announcement date",
                AcquisitionRecord.class, "/labs/{acquirer}");
    }

    @Override
    protected Acquisition draft(AcquisitionRecord r, List<FieldError> errors) {
        Acquisition a = new Acquisition();
        a.acquirer = drafts.lab("acquirer", r.acquirer(), true, errors);
        a.target = drafts.lab("target", r.target(), true, errors);
        a.announcedOn = r.announcedOn();
        a.datePrecision = DraftFactory.precision(r.datePrecision());
        a.closedOn = r.closedOn();
        a.dealStatus = r.dealStatus() == null ? AcquisitionStatus.ANNOUNCED : r.dealStatus();
        a.price = r.price();
        a.priceLow = r.priceLow();
        a.priceHigh = r.priceHigh();
        a.consideration = r.consideration();
        a.stakePercent = r.stakePercent();
        a.acquiHire = Boolean.TRUE.equals(r.acquiHire());
        a.description = r.description();
        return a;
    }

    @Override
    protected AcquisitionRecord toRecord(Acquisition e, List<CitationRecord> citations) {
        return new AcquisitionRecord(e.id, e.acquirer.slug, e.target.slug, e.announcedOn, e.datePrecision, e.closedOn, e.dealStatus, e.price,
                e.priceLow, e.priceHigh, e.consideration, e.stakePercent, e.acquiHire, e.description, e.certainty, e.estimated, e.estimateMethod,
                e.currency, e.usdRate, e.rateOn, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                // by id, not through joins: a path in an "or" would become an inner join on both labs
                .filter("lab", "(" + ListSpec.slugOf("e.acquirer", "Lab", "lab") + " or " + ListSpec.slugOf("e.target", "Lab", "lab") + ")", knownSlug("Lab"))
                .filter("acquirer", ListSpec.slugOf("e.acquirer", "Lab", "acquirer"), knownSlug("Lab"))
                .filter("target", ListSpec.slugOf("e.target", "Lab", "target"), knownSlug("Lab"))
                .filter("dealStatus", "e.dealStatus = :dealStatus", ListSpec.oneOf(AcquisitionStatus.class))
                .between("e.announcedOn")
                .sort("announcedOn", "e.announcedOn").sort("price", "e.price * coalesce(e.usdRate, 1)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("acquirer", "target", "announcedOn");
    }

    /** "Anthropic acquired Stainless (for $300M in cash; an acqui-hire)": the verb says where the deal stands. */
    @Override
    public String summary(Acquisition a) {
        boolean whole = a.stakePercent == null;
        String stake = whole ? "" : a.stakePercent.stripTrailingZeros().toPlainString() + "% of ";
        String verb = switch (a.dealStatus) {
            case CLOSED -> " acquired ";
            case CANCELLED -> " called off its acquisition of ";
            case RUMOURED -> " was reported to be in talks to acquire ";
            case ANNOUNCED -> " announced the acquisition of ";
        };
        StringBuilder s = new StringBuilder(a.acquirer.name).append(verb).append(stake).append(a.target.name);
        List<String> notes = new ArrayList<>();
        String price = FactFigures.money(a, a.price, a.priceLow, a.priceHigh);
        if (price != null) {
            notes.add("for " + price + (a.consideration == null || a.consideration.isBlank() ? "" : " in " + a.consideration.trim()));
        } else if (a.consideration != null && !a.consideration.isBlank()) {
            notes.add("paid in " + a.consideration.trim());
        }
        if (a.acquiHire) {
            notes.add("an acqui-hire");
        }
        if (a.closedOn != null) {
            notes.add("closed " + io.labwatch.domain.shared.DatePrecision.DAY.display(a.closedOn));
        }
        return TextRules.withNotes(s.toString(), notes);
    }

    /** The deal's description and what was paid in; V21 indexes the same expression. */
    @Override
    public String searchDocument() {
        return "(coalesce(k.description, '') || ' ' || coalesce(k.consideration, ''))";
    }

    @Override
    public String searchTitle() {
        return "'acquisition: ' || coalesce((select t.name from lab t where t.id = k.target_lab_id), '')";
    }

    @Override
    public String apiDescription() {
        return "Acquisitions and stakes: acquirer, target, status, price and what was paid in.";
    }

    @Override
    public String apiExample() {
        return """
                {"acquirer": "anthropic", "target": "stainless", "announcedOn": "2026-01-01", "datePrecision": "YEAR",
                "dealStatus": "ANNOUNCED", "certainty": "REPORTED", "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
