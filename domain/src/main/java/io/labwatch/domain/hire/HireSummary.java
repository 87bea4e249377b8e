package io.labwatch.domain.hire;

import java.util.Locale;

/**
 * One-line, source-neutral sentences about a talent move, built only from its fields (nothing added), for timelines,
 * search, feeds and briefs: a move reads differently from the lab it went to and from the lab it left.
 */
public final class HireSummary {

    private HireSummary() {
    }

    /** A move as seen by the lab it went to (or, for a departure, came from). */
    public static String of(Hire h) {
        StringBuilder s = new StringBuilder(h.person.name);
        switch (h.kind) {
            // "founded X from OpenAI" reads as a spin-off: say where the founder came from instead
            case FOUNDED -> s.append(h.fromLab == null ? "" : ", formerly of " + h.fromLab.name + ",").append(" founded ").append(h.toLab.name);
            case PROMOTED -> s.append(" was promoted at ").append(h.toLab.name);
            case DEPARTED -> s.append(" left ").append(h.fromLab.name).append(h.toLab == null ? "" : " for " + h.toLab.name);
            case JOINED -> s.append(" joined ").append(h.toLab.name);
        }
        if (h.kind == HireKind.JOINED && h.fromLab != null) {
            s.append(" from ").append(h.fromLab.name);
        }
        if (h.role != null && h.kind != HireKind.FOUNDED) {
            s.append(" as ").append(h.role);
        }
        if (h.team != null) {
            s.append(" in the ").append(h.team).append(h.team.toLowerCase(Locale.ROOT).endsWith("team") ? "" : " team");
        }
        if (h.reportsTo != null) {
            s.append(", reporting to ").append(h.reportsTo.name);
        }
        // only the link is read, never the acquisition itself: pages and briefs load hires without it, and the company
        // bought is the lab the person came from (HireStore finds the acquisition by those two labs)
        if (h.acquisition != null) {
            s.append(h.fromLab == null ? ", with an acquisition" : ", with the acquisition of " + h.fromLab.name);
        }
        return s.toString();
    }

    /** The same move from the side of the lab the person left. */
    public static String departure(Hire h) {
        StringBuilder s = new StringBuilder(h.person.name).append(" left ").append(h.fromLab.name);
        if (h.toLab != null) {
            s.append(h.kind == HireKind.FOUNDED ? " to found " : " for ").append(h.toLab.name);
        }
        return s.toString();
    }
}
