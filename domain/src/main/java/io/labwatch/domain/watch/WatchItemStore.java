package io.labwatch.domain.watch;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.domain.watch.WatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Watch items in the exchange format, addressed by id. */
@ApplicationScoped
@Transactional
public class WatchItemStore extends RecordStore<WatchItem, WatchItemRecord> {

    @Override
    protected WatchItem draft(WatchItemRecord record, List<FieldError> errors) {
        WatchItem item = new WatchItem();
        item.lab = drafts.lab("lab", record.lab(), false, errors);
        item.question = record.question();
        item.detail = record.detail();
        item.raisedOn = record.raisedOn();
        item.dueBy = record.dueBy();
        item.status = record.status() == null ? WatchStatus.OPEN : record.status();
        item.resolvedOn = record.resolvedOn();
        item.resolutionNote = record.resolutionNote();
        item.resolvedBy = drafts.fact("resolvedBy", record.resolvedBy(), errors);
        return item;
    }

    @Override
    protected WatchItemRecord toRecord(WatchItem e, List<CitationRecord> citations) {
        return new WatchItemRecord(e.id, e.lab == null ? null : e.lab.slug, e.question, e.detail, e.raisedOn, e.dueBy, e.status, e.resolvedOn,
                e.resolutionNote, drafts.factReference(e.resolvedBy), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("dueBy")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("status", "e.status = :status", ListSpec.oneOf(WatchStatus.class))
                .sort("dueBy", "e.dueBy").sort("raisedOn", "e.raisedOn");
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
    protected List<String> naturalKey() {
        return List.of("question", "lab");
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
