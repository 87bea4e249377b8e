package io.labwatch.domain.exchange;

import io.labwatch.domain.watch.WatchItem;
import io.labwatch.domain.watch.WatchItemService;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import io.labwatch.domain.watch.WatchStatus;
/** Watch items in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class WatchItemStore extends RecordStore<WatchItem, WatchItemRecord> {

    @Inject
    WatchItemService service;

    @Override
    protected Class<WatchItem> type() {
        return WatchItem.class;
    }

    @Override
    protected EntityService<WatchItem> service() {
        return service;
    }

    @Override
    protected WatchItem find(String key) {
        return service.get(id(key, "Watch item"));
    }

    @Override
    protected WatchItem draft(WatchItemRecord record, List<FieldError> errors) {
        return drafts.watchItem(record, errors);
    }

    @Override
    protected WatchItemRecord toRecord(WatchItem e, List<CitationRecord> citations) {
        return new WatchItemRecord(e.id, e.lab == null ? null : e.lab.slug, e.question, e.detail, e.raisedOn, e.dueBy, e.status, e.resolvedOn,
                e.resolutionNote, drafts.factReference(e.resolvedBy), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("dueBy")
                .filter("lab", "e.lab.slug = :lab", knownSlug("Lab"))
                .filter("status", "e.status = :status", ListSpec.oneOf(WatchStatus.class))
                .sort("dueBy", "e.dueBy").sort("raisedOn", "e.raisedOn");
    }

    @Override
    protected String fetches() {
        return " left join fetch e.lab left join fetch e.resolvedBy";
    }

    @Override
    protected String citationAttribute() {
        return "watchItem";
    }

    @Override
    protected List<CitationRecord> citationsOf(WatchItemRecord record) {
        return record.citations();
    }

    @Override
    protected boolean citationRequired() {
        return false;
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("watch-items", "watch item", 90, false, "question", "lab and question", WatchItemRecord.class, "/labs/{lab}");
    }

    @Override
    protected java.util.Optional<WatchItem> existing(WatchItem draft) {
        return em.createQuery("select x from WatchItem x where x.question = :question", WatchItem.class)
                .setParameter("question", draft.question).getResultStream().filter(w -> sameOrBothNull(w.lab, draft.lab)).findFirst();
    }

    @Override
    public String apiDescription() {
        return "Forward-looking questions analysts follow.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "question": "Follow-on hires", "raisedOn": "2026-05-29", "dueBy": "2026-12-31"}""";
    }
}
