package io.labwatch.domain.epoch;

import io.labwatch.domain.model.Modality;
import io.labwatch.domain.model.ModelAccess;
import io.labwatch.domain.model.ModelReleaseRecord;
import io.labwatch.domain.model.ModelReleaseStore;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The models hub's files ({@code notable_ai_models.csv}, {@code frontier_ai_models.csv}, ...): a release per model and
 * per organisation that made it, with parameters and training compute (and its bounds: the estimate is marked so), its
 * access and modality. A model of a domain Labwatch does not track (games, biology) is skipped, saying so.
 */
@Singleton
public class EpochModels extends EpochDataset {

    static final String FLOP_LOW = "Training compute lower bound (FLOP)";
    static final String FLOP_HIGH = "Training compute upper bound (FLOP)";

    @Inject
    ModelReleaseStore releases;

    EpochModels() {
        super("models", "AI Models", "ai-models", List.of("Model", "Publication date", "Organization"),
                List.of("Domain", "Task", "Parameters", "Parameters notes", "Training compute (FLOP)", "Training compute notes",
                        "Training compute estimation method", FLOP_LOW, FLOP_HIGH, "Model accessibility", "Confidence", "Reference",
                        "Country (of organization)"));
    }

    @Override
    public void read(EpochRow row) {
        LocalDate published = row.date("Publication date");
        BigDecimal parameters = row.number("Parameters");
        BigDecimal flop = row.number("Training compute (FLOP)");
        BigDecimal low = row.number(FLOP_LOW);
        BigDecimal high = row.number(FLOP_HIGH);
        Certainty certainty = row.certainty("Confidence");
        String domain = row.text("Domain");
        Modality modality = modality(domain);
        String method = row.text("Training compute estimation method");
        if (published == null || row.text("Model") == null || row.text("Organization") == null) {
            row.skip(published == null ? "no publication date" : row.text("Model") == null ? "no model name" : "no organization");
            return;
        }
        if (modality == null) {
            row.skip("domain '" + domain + "' is not one Labwatch tracks (language, vision, image, audio, video, multimodal)");
            return;
        }
        boolean any = false;
        for (String organisation : row.text("Organization").split(",")) {
            var lab = row.lab(organisation);
            if (lab.isPresent()) {
                any = true;
                row.propose(releases, new ModelReleaseRecord(null, lab.get(), published, DatePrecision.DAY, row.text("Model"), null, modality,
                        access(row.text("Model accessibility")), parameters, null, null, flop, low, high, method != null || low != null || high != null,
                        method == null ? null : "Epoch AI: " + method, null, certainty, null, null, null, row.citations(row.text("Confidence")),
                        null), "model release");
            }
        }
        if (!any) {
            row.skip("no lab named '" + row.text("Organization") + "'");
        }
    }

    static Modality modality(String domain) {
        if (domain == null) {
            return Modality.TEXT;
        }
        String d = domain.toLowerCase(Locale.ROOT);
        boolean language = d.contains("language");
        boolean vision = d.contains("vision") || d.contains("image");
        if (language && vision || d.contains("multimodal")) {
            return Modality.MULTIMODAL;
        }
        if (language) {
            return Modality.TEXT;
        }
        if (vision) {
            return Modality.IMAGE;
        }
        if (d.contains("audio") || d.contains("speech")) {
            return Modality.AUDIO;
        }
        return d.contains("video") ? Modality.VIDEO : null;
    }

    static ModelAccess access(String words) {
        if (words == null) {
            return null;
        }
        String w = words.toLowerCase(Locale.ROOT);
        if (w.startsWith("open weights")) {
            return ModelAccess.OPEN_WEIGHTS;
        }
        if (w.startsWith("api")) {
            return ModelAccess.API;
        }
        if (w.startsWith("hosted")) {
            return ModelAccess.PRODUCT_ONLY;
        }
        return w.startsWith("unreleased") ? ModelAccess.UNRELEASED : null;
    }
}
