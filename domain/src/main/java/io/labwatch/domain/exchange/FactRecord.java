package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.FactStatus;

/**
 * What every fact's record carries beside its kind's own fields: how sure it is, whether its figures are estimated
 * (and how), and its lifecycle (status, the
 * reason when it is not current, and the fact that superseded it as kind/id). The stores read and write these
 * generically ({@link DraftFactory#factFields}).
 */
public interface FactRecord extends Versioned {

    Certainty certainty();

    /** Whether the figures are estimated (absent: reported); an estimate says how it was made in {@link #estimateMethod}. */
    Boolean estimated();

    String estimateMethod();

    /** The currency of the record's amounts (absent: USD), for the kinds with money; with the rate to USD and its day. */
    default String currency() {
        return null;
    }

    default java.math.BigDecimal usdRate() {
        return null;
    }

    default java.time.LocalDate rateOn() {
        return null;
    }

    FactStatus status();

    String statusReason();

    String supersededBy();

    /** The sources that report it: every fact cites at least one. */
    java.util.List<CitationRecord> citations();
}
