package io.labwatch.domain.epoch;

import io.labwatch.domain.datacenter.CapacityReportRecord;
import io.labwatch.domain.datacenter.CapacityReportStore;
import io.labwatch.domain.datacenter.CapacityStage;
import io.labwatch.domain.datacenter.DataCenterRecord;
import io.labwatch.domain.datacenter.DataCenterStore;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code data_centers.csv}: each center as a data center record (operated by its first owner Labwatch knows), and its
 * current H100-equivalents and power as a capacity report on the retrieval day, as sure as the owner's tag says.
 */
@Singleton
public class EpochDataCenters extends EpochDataset {

    @Inject
    DataCenterStore centers;

    @Inject
    CapacityReportStore reports;

    EpochDataCenters() {
        super("data-centers", "Frontier Data Centers", "data-centers", List.of("Name", "Owner"),
                List.of("Project", "Address", "Latitude", "Longitude", "Users", "Investors", "Construction companies", "Energy companies",
                        "Current H100e", "Current power (MW)", "Current total capital cost"));
    }

    @Override
    public void read(EpochRow row) {
        BigDecimal h100 = row.number("Current H100e");
        BigDecimal power = row.number("Current power (MW)");
        String name = row.text("Name");
        if (name == null || row.text("Owner") == null) {
            row.skip(name == null ? "no name" : "no owner");
            return;
        }
        String operator = null;
        Certainty certainty = Certainty.REPORTED;
        String tag = null;
        for (String owner : row.text("Owner").split("[,;]")) {
            String[] named = EpochConfidence.tagged(owner);
            var lab = row.lab(named[0]);
            if (lab.isPresent()) {
                operator = lab.get();
                tag = named[1].isEmpty() ? null : "#" + named[1];
                certainty = EpochConfidence.certainty(named[1]).orElse(Certainty.REPORTED);
                break;
            }
        }
        if (operator == null) {
            row.skip("no lab named '" + row.text("Owner") + "'");
            return;
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.isEmpty()) {
            row.skip("a name without letters or digits: '" + name + "'");
            return;
        }
        String users = row.text("Users");
        row.propose(centers, new DataCenterRecord(slug, name, operator, null, row.text("Address"), users == null ? null
                : "Users as Epoch AI lists them: " + users, null), "data center");
        if (h100 != null || power != null) {
            row.propose(reports, new CapacityReportRecord(null, slug, row.retrievedOn, DatePrecision.DAY, CapacityStage.OPERATIONAL, power, null,
                    null, null, null, h100, null, null, certainty, false, null, null, null, null, row.citations(tag), null),
                    "capacity report");
        }
    }
}
