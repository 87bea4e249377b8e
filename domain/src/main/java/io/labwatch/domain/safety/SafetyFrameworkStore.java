package io.labwatch.domain.safety;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Safety framework versions in the exchange format, addressed by id: a framework's history is its versions. */
@ApplicationScoped
@Transactional
public class SafetyFrameworkStore extends RecordStore<SafetyFramework, SafetyFrameworkRecord> {

    @Override
    protected KindInfo info() {
        return new KindInfo("safety-frameworks", "safety framework", 88, false, "frameworkVersion", "lab, name and version",
                SafetyFrameworkRecord.class, "/labs/{lab}");
    }

    @Override
    protected SafetyFramework draft(SafetyFrameworkRecord r, List<FieldError> errors) {
        SafetyFramework f = new SafetyFramework();
        f.lab = drafts.lab("lab", r.lab(), true, errors);
        f.name = r.name() == null ? null : r.name().trim();
        f.frameworkVersion = r.frameworkVersion() == null ? null : r.frameworkVersion().trim();
        f.effectiveOn = r.effectiveOn();
        f.datePrecision = DraftFactory.precision(r.datePrecision());
        if (r.previousVersion() != null && !r.previousVersion().isBlank() && f.lab != null && f.name != null) {
            f.previous = em.createQuery("select s from SafetyFramework s where s.lab = :lab and lower(s.name) = lower(:name)"
                            + " and s.frameworkVersion = :version", SafetyFramework.class)
                    .setParameter("lab", f.lab).setParameter("name", f.name).setParameter("version", r.previousVersion().trim())
                    .getResultStream().findFirst().orElse(null);
            if (f.previous == null) {
                errors.add(new FieldError("previousVersion", "no version '" + r.previousVersion().trim() + "' of " + f.name + " of lab '" + r.lab() + "'"));
            }
        }
        f.thresholds = r.thresholds();
        f.commitments = r.commitments();
        f.externalCommitments = r.externalCommitments();
        return f;
    }

    @Override
    protected SafetyFrameworkRecord toRecord(SafetyFramework e, List<CitationRecord> citations) {
        return new SafetyFrameworkRecord(e.id, e.lab.slug, e.name, e.frameworkVersion, e.effectiveOn, e.datePrecision,
                e.previous == null ? null : e.previous.frameworkVersion, e.thresholds, e.commitments, e.externalCommitments, e.certainty,
                e.estimated, e.estimateMethod, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-effectiveOn")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("name", "lower(e.name) = lower(:name)", ListSpec.text())
                .between("e.effectiveOn")
                .sort("effectiveOn", "e.effectiveOn").sort("name", "lower(e.name)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("lab", "name", "frameworkVersion");
    }

    /** "Anthropic's Responsible Scaling Policy 2.2 took effect (replacing version 2.1; 3 capability thresholds)". */
    @Override
    public String summary(SafetyFramework f) {
        List<String> notes = new ArrayList<>();
        if (f.previous != null) {
            notes.add("replacing version " + f.previous.frameworkVersion);
        }
        long thresholds = lines(f.thresholds);
        if (thresholds > 0) {
            notes.add(thresholds + (thresholds == 1 ? " capability threshold" : " capability thresholds"));
        }
        long external = lines(f.externalCommitments);
        if (external > 0) {
            notes.add(external + (external == 1 ? " external commitment" : " external commitments"));
        }
        return TextRules.withNotes(f.lab.name + "'s " + f.name + " " + f.frameworkVersion + " took effect", notes);
    }

    private static long lines(String text) {
        return text == null ? 0 : text.lines().filter(l -> !l.isBlank()).count();
    }

    @Override
    public String searchDocument() {
        return "(coalesce(k.name, '') || ' ' || coalesce(k.thresholds, '') || ' ' || coalesce(k.commitments, '') || ' '"
                + " || coalesce(k.external_commitments, ''))";
    }

    @Override
    public String searchTitle() {
        return "k.name || ' ' || k.framework_version";
    }

    @Override
    public String apiDescription() {
        return "Versions of labs' safety frameworks: capability thresholds, commitments, external commitments, the version replaced.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "name": "Responsible Scaling Policy", "frameworkVersion": "3.0", "effectiveOn": "2026-01-01",
                "datePrecision": "YEAR", "thresholds": "ASL-4: autonomous AI research", "certainty": "RUMOURED",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
