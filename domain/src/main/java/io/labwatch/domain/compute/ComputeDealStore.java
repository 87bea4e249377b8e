package io.labwatch.domain.compute;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Compute deals in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class ComputeDealStore extends RecordStore<ComputeDeal, ComputeDealRecord> {

    @jakarta.inject.Inject
    io.labwatch.domain.datacenter.DataCenterService centers;

    @Override
    protected ComputeDeal draft(ComputeDealRecord record, List<FieldError> errors) {
        ComputeDeal deal = new ComputeDeal();
        deal.buyer = drafts.lab("buyer", record.buyer(), true, errors);
        deal.provider = drafts.lab("provider", record.provider(), true, errors);
        deal.facility = record.facility();
        deal.dataCenter = centers.named("dataCenter", record.dataCenter(), false, errors);
        deal.location = record.location();
        deal.announcedOn = record.announcedOn();
        deal.datePrecision = DraftFactory.precision(record.datePrecision());
        deal.capacity = record.capacity();
        deal.description = record.description();
        return deal;
    }

    @Override
    protected ComputeDealRecord toRecord(ComputeDeal e, List<CitationRecord> citations) {
        return new ComputeDealRecord(e.id, e.buyer.slug, e.provider.slug, e.facility, e.dataCenter == null ? null : e.dataCenter.slug, e.location, e.announcedOn, e.datePrecision, e.capacity,
                e.description, e.certainty, e.estimated, e.estimateMethod, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                .filter("lab", "(" + ListSpec.slugOf("e.buyer", "Lab", "lab") + " or " + ListSpec.slugOf("e.provider", "Lab", "lab") + ")", knownSlug("Lab"))
                .filter("buyer", ListSpec.slugOf("e.buyer", "Lab", "buyer"), knownSlug("Lab"))
                .filter("provider", ListSpec.slugOf("e.provider", "Lab", "provider"), knownSlug("Lab"))
                .filter("dataCenter", "e.dataCenter.slug = :dataCenter", ListSpec.text())
                .between("e.announcedOn")
                .sort("announcedOn", "e.announcedOn");
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("compute-deals", "compute deal", 80, false, "facility", "buyer, provider, facility and announcement date", ComputeDealRecord.class, "/labs/{buyer}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("buyer", "provider", "announcedOn", "facility");
    }

    @Override
    public String summary(ComputeDeal e) {
        return ComputeDealSummary.of(e);
    }

    @Override
    public boolean ownSections() {
        return true;
    }

    @Override
    public String apiDescription() {
        return "Compute bought or rented from a provider.";
    }

    @Override
    public String apiExample() {
        return """
                {"buyer": "anthropic", "provider": "spacex", "facility": "Colossus 1",
                "location": "Memphis, Tennessee", "announcedOn": "2026-05-01", "datePrecision": "MONTH",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
