package io.labwatch.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A fact that happened on a date (known to some precision) and is reported with some certainty. */
@MappedSuperclass
public abstract class DatedFact extends TrackedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    public Certainty certainty = Certainty.REPORTED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision = DatePrecision.DAY;

    /** The date on which the fact took place, as it is placed on a timeline. */
    public abstract LocalDate occurredOn();

    /** The date as a reader should see it ("May 2026" when only the month is known). */
    public String displayDate() {
        return datePrecision.display(occurredOn());
    }

    protected void copyFactFields(DatedFact draft) {
        certainty = draft.certainty;
        datePrecision = draft.datePrecision;
    }
}
