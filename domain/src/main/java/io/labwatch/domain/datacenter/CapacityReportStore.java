package io.labwatch.domain.datacenter;

import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.KindInfo;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.listing.ListSpec;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Capacity reports in the exchange format, addressed by id: a data center's capacity timeline, one cited row at a time. */
@ApplicationScoped
@Transactional
public class CapacityReportStore extends RecordStore<CapacityReport, CapacityReportRecord> {

    @Inject
    DataCenterService centers;

    @Override
    protected KindInfo info() {
        return new KindInfo("capacity-reports", "capacity report", 77, false, "asOf", "data center, date and stage",
                CapacityReportRecord.class, "/labs/{dataCenter}");
    }

    @Override
    protected CapacityReport draft(CapacityReportRecord r, List<FieldError> errors) {
        CapacityReport c = new CapacityReport();
        c.dataCenter = centers.named("dataCenter", r.dataCenter(), true, errors);
        c.lab = c.dataCenter == null ? null : c.dataCenter.operator;
        c.asOf = r.asOf();
        c.datePrecision = DraftFactory.precision(r.datePrecision());
        c.stage = r.stage();
        c.powerMw = r.powerMw();
        c.powerMwLow = r.powerMwLow();
        c.powerMwHigh = r.powerMwHigh();
        c.accelerators = r.accelerators();
        c.acceleratorType = r.acceleratorType() == null || r.acceleratorType().isBlank() ? null : r.acceleratorType().trim();
        c.h100Equivalents = r.h100Equivalents();
        c.h100EquivalentsLow = r.h100EquivalentsLow();
        c.h100EquivalentsHigh = r.h100EquivalentsHigh();
        return c;
    }

    @Override
    protected CapacityReportRecord toRecord(CapacityReport e, List<CitationRecord> citations) {
        return new CapacityReportRecord(e.id, e.dataCenter.slug, e.asOf, e.datePrecision, e.stage, e.powerMw, e.powerMwLow, e.powerMwHigh,
                e.accelerators, e.acceleratorType, e.h100Equivalents, e.h100EquivalentsLow, e.h100EquivalentsHigh, e.certainty, e.estimated,
                e.estimateMethod, e.status, e.statusReason, supersededBy(e), citations, e.version);
    }

    @Override
    protected ListSpec listSpec() {
        return new ListSpec("-asOf")
                .filter("dataCenter", "e.dataCenter.slug = :dataCenter", ListSpec.text())
                .filter("lab", ListSpec.slugOf("e.lab", "Lab", "lab"), knownSlug("Lab"))
                .filter("stage", "e.stage = :stage", ListSpec.oneOf(CapacityStage.class))
                .between("e.asOf")
                .sort("asOf", "e.asOf").sort("powerMw", "e.powerMw");
    }

    @Override
    protected List<String> naturalKey() {
        return List.of("dataCenter", "asOf", "stage");
    }

    /** "Colossus 1 was operational with about 150 (120–180) MW of IT power, 100K H100 (estimated)". */
    @Override
    public String summary(CapacityReport c) {
        List<String> parts = new ArrayList<>();
        String power = Ranges.text(c.powerMw, c.powerMwLow, c.powerMwHigh, CapacityReportStore::number);
        if (power != null) {
            parts.add(power + " MW of IT power");
        }
        if (c.accelerators != null) {
            parts.add(number(c.accelerators) + (c.acceleratorType == null ? " accelerators" : " " + c.acceleratorType));
        }
        String h100 = Ranges.text(c.h100Equivalents, c.h100EquivalentsLow, c.h100EquivalentsHigh, CapacityReportStore::number);
        if (h100 != null) {
            parts.add(h100 + " H100-equivalents");
        }
        String line = c.dataCenter.name + (c.stage == CapacityStage.PLANNED ? " was planned" : " was " + TextRules.words(c.stage.name()))
                + (parts.isEmpty() ? "" : " with " + String.join(", ", parts));
        return TextRules.withNotes(line, c.estimated ? List.of("estimated") : List.of());
    }

    /** 150 → "150", 100000 → "100K", 1200000 → "1.2M". */
    static String number(BigDecimal n) {
        BigDecimal abs = n.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            return n.movePointLeft(6).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return n.movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "K";
        }
        return n.stripTrailingZeros().toPlainString();
    }

    @Override
    public String apiDescription() {
        return "A data center's capacity over time: stage, IT power (MW), accelerators and H100-equivalents, each report cited.";
    }

    @Override
    public String apiExample() {
        return """
                {"dataCenter": "colossus-1", "asOf": "2026-05-01", "datePrecision": "MONTH", "stage": "OPERATIONAL",
                "powerMw": 150, "powerMwLow": 120, "powerMwHigh": 180, "estimated": true, "estimateMethod": "from permits",
                "certainty": "REPORTED", "citations": [{"source": "business20-karpathy-anthropic"}]}""";
    }
}
