package io.labwatch.domain.datacenter;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Data centers in the exchange format, addressed by slug; imported after labs and before the compute deals that point at them. */
@ApplicationScoped
@Transactional
public class DataCenterStore extends RecordStore<DataCenter, DataCenterRecord> {

    @Inject
    DataCenterService centers;

    @Override
    protected KindInfo info() {
        return new KindInfo("data-centers", "data center", 75, true, "slug", "slug", DataCenterRecord.class, "/labs/{operator}");
    }

    @Override
    protected DataCenter find(String key) {
        return centers.get(key);
    }

    @Override
    protected DataCenter draft(DataCenterRecord r, List<FieldError> errors) {
        DataCenter d = new DataCenter();
        d.slug = r.slug();
        d.name = r.name();
        d.operator = drafts.lab("operator", r.operator(), true, errors);
        d.owner = drafts.lab("owner", r.owner(), false, errors);
        d.location = r.location();
        d.description = r.description();
        return d;
    }

    @Override
    protected DataCenterRecord toRecord(DataCenter d, List<CitationRecord> citations) {
        return new DataCenterRecord(d.slug, d.name, d.operator.slug, d.owner == null ? null : d.owner.slug, d.location, d.description, d.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("name")
                .filter("operator", ListSpec.slugOf("e.operator", "Lab", "operator"), knownSlug("Lab"))
                .sort("name", "lower(e.name)").sort("slug", "e.slug");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("slug");
    }

    /** "Colossus 1 (Memphis, Tennessee), operated by xAI". */
    @Override
    public String summary(DataCenter d) {
        return d.name + (d.location == null || d.location.isBlank() ? "" : " (" + d.location.trim() + ")") + ", operated by " + d.operator.name
                + (d.owner == null ? "" : " and owned by " + d.owner.name);
    }

    @Override
    public String apiDescription() {
        return "Data centers, addressed by slug, with their operator and location; compute deals point at them.";
    }

    @Override
    public String apiExample() {
        return """
                {"slug": "colossus-1", "name": "Colossus 1", "operator": "xai", "location": "Memphis, Tennessee"}""";
    }
}
