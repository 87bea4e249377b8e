package io.labwatch.domain.legal;

import io.labwatch.domain.figures.Amount;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.shared.DatedFact;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happened in a case on a day (a filing, an exhibit, a ruling, the trial's end, a verdict), with the amount awarded
 * where there is one, and the organisation or person it concerns where it names one (a ruling's winner, a person an
 * exhibit mentions), on whose timeline it then stands.
 */
@Entity
@Table(name = "case_event")
@DiscriminatorValue("CASE_EVENT")
public class CaseEvent extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "legal_case_id")
    public LegalCase legalCase;

    @NotNull
    @Column(name = "event_on")
    public LocalDate eventOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public CaseEventType type;

    /** The organisation the event concerns, if it names one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    /** The person the event concerns, if it names one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Amount
    @Column(name = "amount_awarded")
    public BigDecimal amountAwarded;

    @Amount
    @Column(name = "amount_awarded_low")
    public BigDecimal amountAwardedLow;

    @Amount
    @Column(name = "amount_awarded_high")
    public BigDecimal amountAwardedHigh;

    /** What happened, in a line; part of the event's key, as a docket has several filings a day. */
    @Size(max = 600)
    public String description;

    @Override
    public LocalDate occurredOn() {
        return eventOn;
    }
}
