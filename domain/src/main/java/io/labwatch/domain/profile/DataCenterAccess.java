package io.labwatch.domain.profile;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.datacenter.DataCenter;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabKind;
import io.labwatch.domain.shared.TrackedEntity;
import java.util.List;

/**
 * A data center a lab has access to, once however many deals reach it: how (it operates or owns it, or rents through
 * deals), and whether other labs use it too. A center is shared where more than one lab uses it: its operator (unless
 * it only provides compute) and every lab that rents there. {@code latest} is the center's newest capacity report, the
 * figures it had as last reported (with their ranges and estimate marks in its summary).
 */
public record DataCenterAccess(DataCenter center, String access, boolean shared, List<ComputeDeal> deals,
        io.labwatch.domain.datacenter.CapacityReport latest, String latestSummary) {

    /**
     * The access of {@code lab} to {@code center}, given the lab's current deals there, the number of other renters and
     * the newest current capacity report of the center with its summary (null: none).
     */
    public static DataCenterAccess of(Lab lab, DataCenter center, List<ComputeDeal> labDeals, long otherRenters,
            io.labwatch.domain.datacenter.CapacityReport latest, String latestSummary) {
        List<ComputeDeal> there = labDeals.stream().filter(d -> TrackedEntity.same(d.dataCenter, center) && TrackedEntity.same(d.buyer, lab))
                .toList();
        String access = TrackedEntity.same(center.operator, lab) ? "operates it"
                : TrackedEntity.same(center.owner, lab) ? "owns it"
                : "rents through " + String.join(" and ", there.stream().map(d -> d.provider.name).distinct().toList());
        long users = otherRenters + (center.operator.kind == LabKind.COMPUTE_PROVIDER ? 0 : 1);
        return new DataCenterAccess(center, access, users > 1, there, latest, latestSummary);
    }
}
