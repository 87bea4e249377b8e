package io.labwatch.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A fact that happened on a date (known to some precision) and is reported with some certainty. Every kind of fact
 * is a row of {@code fact} (these columns, and its kind) plus a row of its kind's own table with the same id; the
 * labs and people a fact involves are kept in {@code fact_party} by the database. Reads go by kind (a query on
 * {@code Hire} joins only {@code hire} and {@code fact}) or by {@link FactRef}, never by this class, which would join
 * every kind's table.
 */
@Entity
@Table(name = "fact")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 30)
public abstract class DatedFact extends TrackedEntity {

    @NotNull
    @Enumerated(EnumType.STRING)
    public Certainty certainty = Certainty.REPORTED;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision = DatePrecision.DAY;

    /** Whether the fact holds, or was superseded, denied or retracted ({@link FactStatus}). */
    @NotNull
    @Enumerated(EnumType.STRING)
    public FactStatus status = FactStatus.CURRENT;

    /** Why the fact is not current (required when denied or retracted); kept only while it is not. */
    @jakarta.validation.constraints.Size(max = 2000)
    @Column(name = "status_reason")
    public String statusReason;

    /** The fact that replaced this one, when it is superseded (any kind: a closed round replaces reported talks). */
    @Column(name = "superseded_by_id")
    public Long supersededById;

    /** The fact's place on timelines: the kind's own date ({@link #occurredOn()}), kept in {@code fact} for every kind. */
    @Column(name = "occurred_on", nullable = false)
    LocalDate placedOn;

    /** The date on which the fact took place, as it is placed on a timeline. */
    public abstract LocalDate occurredOn();

    /** The date as a reader should see it ("May 2026" when only the month is known). */
    public String displayDate() {
        return datePrecision.display(occurredOn());
    }

    protected void copyFactFields(DatedFact draft) {
        certainty = draft.certainty;
        datePrecision = draft.datePrecision;
        status = draft.status;
        statusReason = draft.status == FactStatus.CURRENT ? null : draft.statusReason;
        supersededById = draft.status == FactStatus.SUPERSEDED ? draft.supersededById : null;
    }

    public boolean isCurrent() {
        return status == FactStatus.CURRENT;
    }

    @PrePersist
    @PreUpdate
    void placeOnTimeline() {
        placedOn = occurredOn();
    }
}
