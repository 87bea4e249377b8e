package io.labwatch.domain.shared;

/**
 * Where a fact stands: current, or set aside with a reason. A fact that is not current drops out of current views
 * (profiles, lists, briefs) but stays in its history, in time travel and on its timeline, struck through.
 */
public enum FactStatus {
    /** Holds, as far as Labwatch knows. */
    CURRENT("current"),
    /** Replaced by a later fact (a revised figure, the closed round after the reported talks), which it names. */
    SUPERSEDED("superseded"),
    /** Denied by a party to it, on the record. */
    DENIED("denied"),
    /** Withdrawn by the outlet that reported it, or found wrong by an analyst. */
    RETRACTED("retracted");

    /** The word readers see beside a struck-through fact. */
    public final String word;

    FactStatus(String word) {
        this.word = word;
    }

    /**
     * A list filter's value: "current" (the default of every list of facts), "all", or statuses separated by commas
     * ("denied,retracted").
     */
    public static java.util.List<FactStatus> filter(String raw) {
        String value = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (value.equals("ALL")) {
            return java.util.List.of(values());
        }
        java.util.List<FactStatus> chosen = new java.util.ArrayList<>();
        for (String part : value.split(",")) {
            try {
                chosen.add(valueOf(part.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + raw + "' must be all, or one or more of current, superseded, denied, retracted"
                        + " separated by commas");
            }
        }
        return chosen;
    }

    /** " and <current only>" for a query over {@code type} when it is a kind of fact; "" for any other type. */
    public static String andCurrentIfFact(Class<?> type, String alias) {
        return DatedFact.class.isAssignableFrom(type) ? " and " + currentOnly(alias) : "";
    }

    /** The JPQL condition that keeps only current facts, for an entity alias: {@code e.status = ...CURRENT}. */
    public static String currentOnly(String alias) {
        return alias + ".status = io.labwatch.domain.shared.FactStatus.CURRENT";
    }
}
