package io.labwatch.domain.exchange;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.compute.ComputeDealService;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.timeline.FactSummaries;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Compute deals in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class ComputeDealStore extends RecordStore<ComputeDeal, ComputeDealRecord> {

    @Inject
    ComputeDealService service;

    @Override
    protected Class<ComputeDeal> type() {
        return ComputeDeal.class;
    }

    @Override
    protected EntityService<ComputeDeal> service() {
        return service;
    }

    @Override
    protected ComputeDeal find(String key) {
        return service.get(id(key, "Compute deal"));
    }

    @Override
    protected ComputeDeal draft(ComputeDealRecord record, List<FieldError> errors) {
        return drafts.computeDeal(record, errors);
    }

    @Override
    protected ComputeDealRecord toRecord(ComputeDeal e, List<CitationRecord> citations) {
        return new ComputeDealRecord(e.id, e.buyer.slug, e.provider.slug, e.facility, e.location, e.announcedOn, e.datePrecision, e.capacity,
                e.description, e.certainty, e.estimated, e.estimateMethod, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-announcedOn")
                .filter("lab", "(e.buyer.slug = :lab or e.provider.slug = :lab)", knownSlug("Lab"))
                .filter("buyer", "e.buyer.slug = :buyer", knownSlug("Lab"))
                .filter("provider", "e.provider.slug = :provider", knownSlug("Lab"))
                .filter("from", "e.announcedOn >= :from", ListSpec.date())
                .filter("to", "e.announcedOn <= :to", ListSpec.date())
                .sort("announcedOn", "e.announcedOn");
    }

    @Override
    protected String fetches() {
        return " left join fetch e.buyer left join fetch e.provider";
    }


    @Override
    protected KindInfo info() {
        return new KindInfo("compute-deals", "compute deal", 80, false, "facility", "buyer, provider, facility and announcement date", ComputeDealRecord.class, "/labs/{buyer}");
    }

    @Override
    protected java.util.Optional<ComputeDeal> existing(ComputeDeal draft) {
        return em.createQuery("select x from ComputeDeal x where x.buyer = :buyer and x.provider = :provider and x.announcedOn = :on",
                        ComputeDeal.class).setParameter("buyer", draft.buyer).setParameter("provider", draft.provider).setParameter("on", draft.announcedOn)
                .getResultStream().filter(x -> java.util.Objects.equals(x.facility, draft.facility)).findFirst();
    }

    @Override
    public String summary(ComputeDeal e) {
        return FactSummaries.deal(e);
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
