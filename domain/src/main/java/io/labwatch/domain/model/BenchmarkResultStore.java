package io.labwatch.domain.model;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Benchmark results in the exchange format, addressed by id; imported after the model releases they score. */
@ApplicationScoped
@Transactional
public class BenchmarkResultStore extends RecordStore<BenchmarkResult, BenchmarkResultRecord> {

    @Override
    protected KindInfo info() {
        return new KindInfo("benchmark-results", "benchmark result", 87, false, "benchmark", "model, benchmark, harness and date",
                BenchmarkResultRecord.class, "/labs/{lab}");
    }

    @Override
    protected BenchmarkResult draft(BenchmarkResultRecord r, List<FieldError> errors) {
        BenchmarkResult b = new BenchmarkResult();
        Lab lab = drafts.lab("lab", r.lab(), true, errors);
        if (r.model() == null || r.model().isBlank()) {
            errors.add(new FieldError("model", "is required"));
        } else if (lab != null) {
            String version = r.modelVersion() == null || r.modelVersion().isBlank() ? null : r.modelVersion().trim();
            b.model = em.createQuery("select m from ModelRelease m where m.lab = :lab and lower(m.name) = lower(:name)", ModelRelease.class)
                    .setParameter("lab", lab).setParameter("name", r.model().trim()).getResultStream()
                    .filter(m -> Objects.equals(m.modelVersion, version)).findFirst().orElse(null);
            if (b.model == null) {
                errors.add(new FieldError("model", "no model release '" + r.model().trim() + (version == null ? "" : " " + version) + "' of lab '"
                        + r.lab() + "'"));
            }
        }
        b.lab = lab;
        b.benchmark = r.benchmark() == null ? null : r.benchmark().trim();
        b.score = r.score();
        b.scoreUnit = TextRules.blankToNull(r.scoreUnit());
        b.measuredOn = r.measuredOn();
        b.datePrecision = DraftFactory.precision(r.datePrecision());
        b.harness = TextRules.blankToNull(r.harness());
        b.verification = r.verification() == null ? Verification.SELF_REPORTED : r.verification();
        b.verifiedBy = TextRules.blankToNull(r.verifiedBy());
        return b;
    }

    @Override
    protected BenchmarkResultRecord toRecord(BenchmarkResult e, List<CitationRecord> citations) {
        return new BenchmarkResultRecord(e.id, e.lab.slug, e.model.name, e.model.modelVersion, e.benchmark, e.score, e.scoreUnit, e.measuredOn,
                e.datePrecision, e.harness, e.verification, e.verifiedBy, e.certainty, e.estimated, e.estimateMethod, e.status, e.statusReason,
                supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-measuredOn")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("benchmark", "lower(e.benchmark) = lower(:benchmark)", ListSpec.text())
                .filter("verification", "e.verification = :verification", ListSpec.oneOf(Verification.class))
                .between("e.measuredOn")
                .sort("measuredOn", "e.measuredOn").sort("score", "e.score");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("model", "benchmark", "harness", "measuredOn");
    }

    /** "Claude Opus 5 scored 72.5% on SWE-bench Verified (harness: mini-SWE-agent; self-reported)". */
    @Override
    public String summary(BenchmarkResult b) {
        String unit = b.scoreUnit == null ? "" : b.scoreUnit.equals("%") ? "%" : " " + b.scoreUnit;
        String model = b.model.name + (b.model.modelVersion == null || b.model.modelVersion.isBlank() ? "" : " " + b.model.modelVersion);
        List<String> notes = new ArrayList<>();
        if (b.harness != null) {
            notes.add("harness: " + b.harness);
        }
        notes.add(b.verification == Verification.THIRD_PARTY ? "run by " + (b.verifiedBy == null ? "a third party" : b.verifiedBy) : "self-reported");
        if (b.estimated) {
            notes.add("estimated");
        }
        return TextRules.withNotes(model + " scored " + b.score.stripTrailingZeros().toPlainString() + unit + " on " + b.benchmark, notes);
    }

    @Override
    public String searchDocument() {
        return "(coalesce(k.benchmark, '') || ' ' || coalesce(k.harness, '') || ' ' || coalesce(k.verified_by, ''))";
    }

    @Override
    public String searchTitle() {
        return "k.benchmark || ': ' || k.score";
    }

    @Override
    public String apiDescription() {
        return "Models' benchmark scores, with the harness and whether the lab reported them or a third party ran them.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "google-deepmind", "model": "Gemini 3.5 Flash", "benchmark": "SWE-bench Verified", "score": 61.2,
                "scoreUnit": "%", "measuredOn": "2026-06-01", "verification": "SELF_REPORTED", "certainty": "REPORTED",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
