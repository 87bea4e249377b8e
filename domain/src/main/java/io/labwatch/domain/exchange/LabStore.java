package io.labwatch.domain.exchange;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.lab.LabStatus;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Labs in the exchange format, addressed by slug. */
@ApplicationScoped
@Transactional
public class LabStore extends RecordStore<Lab, LabRecord> {

    private static final ListSpec LIST = new ListSpec("name")
            .filter("kind", "e.kind = :kind", ListSpec.oneOf(LabKind.class))
            .filter("status", "e.status = :status", ListSpec.oneOf(LabStatus.class))
            .sort("name", "lower(e.name)").sort("slug", "e.slug").sort("foundedYear", "e.foundedYear")
            .sort("lastVerifiedOn", "e.lastVerifiedOn");

    @Inject
    LabService labs;

    @Override
    protected EntityService<Lab> service() {
        return labs;
    }

    @Override
    protected Lab find(String key) {
        return labs.get(key);
    }

    @Override
    protected Lab draft(LabRecord record, List<FieldError> errors) {
        return drafts.lab(record);
    }

    @Override
    protected LabRecord toRecord(Lab lab, List<CitationRecord> citations) {
        return new LabRecord(lab.slug, lab.name, lab.kind, lab.status, lab.headquarters, lab.foundedYear, lab.website,
                lab.summary, lab.statedEmphasis, lab.lastVerifiedOn, lab.aliases, lab.wikidataId, lab.epochName, citations, lab.version);
    }

    @Override
    protected ListSpec listSpec() {
        return LIST;
    }

    @Override
    protected String citationAttribute() {
        return "lab";
    }

    @Override
    protected List<CitationRecord> citationsOf(LabRecord record) {
        return record.citations();
    }

    @Override
    protected KindInfo info() {
        return new KindInfo("labs", "lab", 20, true, "slug", "slug", LabRecord.class, "/labs/{slug}");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("slug");
    }

    @Override
    public String apiDescription() {
        return "Organisations tracked: frontier labs, startups, big tech, compute providers, investors.";
    }

    @Override
    public String apiExample() {
        return """
                {"slug": "anthropic", "name": "Anthropic", "kind": "FRONTIER_LAB",
                "statedEmphasis": "Model-assisted pre-training research; frontier safety",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
