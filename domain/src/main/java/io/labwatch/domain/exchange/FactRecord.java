package io.labwatch.domain.exchange;

import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.FactStatus;

/**
 * What every fact's record carries beside its kind's own fields: how sure it is, and its lifecycle (status, the
 * reason when it is not current, and the fact that superseded it as kind/id). The stores read and write these
 * generically ({@link DraftFactory#factFields}).
 */
public interface FactRecord extends Versioned {

    Certainty certainty();

    FactStatus status();

    String statusReason();

    String supersededBy();
}
