package io.labwatch.domain.exchange;

import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.source.Source;
import io.labwatch.domain.source.SourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Sources in the exchange format, addressed by slug. */
@ApplicationScoped
@Transactional
public class SourceStore extends RecordStore<Source, SourceRecord> {

    private static final ListSpec LIST = new ListSpec("-publishedOn")
            .filter("outlet", "lower(e.outlet) = lower(:outlet)", ListSpec.text())
            .between("e.publishedOn")
            // "grade=B": sources graded B or better (their own reliability, else their outlet's)
            .filter("grade", "e.grade in :grade", io.labwatch.domain.source.Reliability::atLeast)
            .sort("publishedOn", "e.publishedOn").sort("outlet", "lower(e.outlet)").sort("slug", "e.slug");

    @Inject
    SourceService sources;

    @Override
    protected EntityService<Source> service() {
        return sources;
    }

    @Override
    protected Source find(String key) {
        return sources.get(key);
    }

    @Override
    protected Source draft(SourceRecord record, List<FieldError> errors) {
        return drafts.source(record);
    }

    @Override
    protected SourceRecord toRecord(Source s, List<CitationRecord> citations) {
        return new SourceRecord(s.slug, s.outlet, s.headline, s.url, s.publishedOn, s.author, s.focusAngle, s.keyQuote, s.reliability,
                s.grade, s.version);
    }

    @Override
    protected ListSpec listSpec() {
        return LIST;
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("sources", "source", 10, true, "slug", "slug", SourceRecord.class, "/search?q={headline}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("slug");
    }

    @Override
    public String apiDescription() {
        return "Articles and documents that report facts, each graded for reliability.";
    }

    @Override
    public String apiExample() {
        return """
                {"slug": "techcrunch-karpathy-anthropic", "outlet": "TechCrunch",
                "headline": "OpenAI co-founder Andrej Karpathy joins Anthropic's pre-training team",
                "publishedOn": "2026-05-19"}""";
    }
}
