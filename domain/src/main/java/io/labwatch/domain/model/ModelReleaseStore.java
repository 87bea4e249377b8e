package io.labwatch.domain.model;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Model releases in the exchange format, addressed by id: everything Labwatch derives for the kind starts here. */
@ApplicationScoped
@Transactional
public class ModelReleaseStore extends RecordStore<ModelRelease, ModelReleaseRecord> {

    @Override
    protected KindInfo info() {
        return new KindInfo("model-releases", "model release", 85, false, "name", "lab, name and version", ModelReleaseRecord.class,
                "/labs/{lab}");
    }

    @Override
    protected ModelRelease draft(ModelReleaseRecord r, List<FieldError> errors) {
        ModelRelease m = new ModelRelease();
        m.lab = drafts.lab("lab", r.lab(), true, errors);
        m.releasedOn = r.releasedOn();
        m.datePrecision = DraftFactory.precision(r.datePrecision());
        m.name = r.name();
        m.modelVersion = r.modelVersion();
        m.modality = r.modality();
        m.access = r.access();
        m.parameters = r.parameters();
        m.parametersLow = r.parametersLow();
        m.parametersHigh = r.parametersHigh();
        m.trainingFlop = r.trainingFlop();
        m.trainingFlopLow = r.trainingFlopLow();
        m.trainingFlopHigh = r.trainingFlopHigh();
        m.description = r.description();
        return m;
    }

    @Override
    protected ModelReleaseRecord toRecord(ModelRelease e, List<CitationRecord> citations) {
        return new ModelReleaseRecord(e.id, e.lab.slug, e.releasedOn, e.datePrecision, e.name, e.modelVersion, e.modality, e.access, e.parameters,
                e.parametersLow, e.parametersHigh, e.trainingFlop, e.trainingFlopLow, e.trainingFlopHigh, e.estimated, e.estimateMethod,
                e.description, e.certainty, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-releasedOn")
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("modality", "e.modality = :modality", ListSpec.oneOf(Modality.class))
                .filter("access", "e.access = :access", ListSpec.oneOf(ModelAccess.class))
                .between("e.releasedOn")
                .sort("releasedOn", "e.releasedOn").sort("name", "lower(e.name)");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("lab", "name", "modelVersion");
    }

    /** "Anthropic released Claude Opus 5 (multimodal, API; about 2T parameters, estimated)". */
    @Override
    public String summary(ModelRelease m) {
        StringBuilder s = new StringBuilder(m.lab.name).append(" released ").append(m.name);
        if (m.modelVersion != null && !m.modelVersion.isBlank()) {
            s.append(' ').append(m.modelVersion);
        }
        s.append(" (").append(words(m.modality.name()));
        if (m.access != null) {
            s.append(", ").append(words(m.access.name()).replace("api", "API"));
        }
        String size = quantity(m.parameters, m.parametersLow, m.parametersHigh, " parameters");
        String compute = quantity(m.trainingFlop, m.trainingFlopLow, m.trainingFlopHigh, " FLOP of training compute");
        if (size != null || compute != null) {
            s.append("; ").append(size == null ? compute : compute == null ? size : size + ", " + compute);
            s.append(m.estimated ? ", estimated" : ", reported");
        }
        return s.append(')').toString();
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "2T parameters", "1e25–3e25 FLOP", "about 2T (1.5T–2.5T) parameters"; null when nothing is known. */
    static String quantity(BigDecimal point, BigDecimal low, BigDecimal high, String unit) {
        String amount = Ranges.text(point, low, high, ModelReleaseStore::amount);
        return amount == null ? null : amount + unit;
    }

    /** 2,000,000,000,000 → "2T"; 3·10^25 → "3e25". */
    static String amount(BigDecimal n) {
        String[] suffixes = {"", "K", "M", "B", "T"};
        int step = 0;
        BigDecimal v = n;
        while (v.compareTo(BigDecimal.valueOf(1000)) >= 0 && step < suffixes.length - 1) {
            v = v.movePointLeft(3);
            step++;
        }
        if (v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            int exponent = n.precision() - n.scale() - 1;
            return n.movePointLeft(exponent).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "e" + exponent;
        }
        return v.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + suffixes[step];
    }

    /** Name, version and description; V20 indexes the same expression. */
    @Override
    public String searchDocument() {
        return "(coalesce(k.name, '') || ' ' || coalesce(k.model_version, '') || ' ' || coalesce(k.description, ''))";
    }

    @Override
    public String searchTitle() {
        return "k.name || coalesce(' ' || k.model_version, '')";
    }

    @Override
    public String apiDescription() {
        return "Models a lab released: modality, access, parameters and training compute.";
    }

    @Override
    public String apiExample() {
        return """
                {"lab": "anthropic", "releasedOn": "2026-05-28", "name": "Claude Opus", "modelVersion": "5",
                "modality": "MULTIMODAL", "access": "API", "certainty": "CONFIRMED",
                "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
