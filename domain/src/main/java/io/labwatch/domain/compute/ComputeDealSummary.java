package io.labwatch.domain.compute;



/**
 * One-line sentences about a compute deal, built only from its fields, for timelines, search, feeds and briefs.
 */
public final class ComputeDealSummary {

    private ComputeDealSummary() {
    }

    public static String of(ComputeDeal d) {
        StringBuilder s = new StringBuilder(d.buyer.name).append(" secured compute from ").append(d.provider.name);
        if (d.facility != null) {
            s.append(" at ").append(d.facility);
        } else if (d.dataCenter != null) {
            s.append(" at ").append(d.dataCenter.name);
        }
        if (d.location != null) {
            s.append(" in ").append(d.location);
        }
        if (d.capacity != null) {
            s.append(" (").append(d.capacity).append(")");
        }
        return s.toString();
    }
}
