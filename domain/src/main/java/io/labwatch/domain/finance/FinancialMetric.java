package io.labwatch.domain.finance;

import io.labwatch.domain.figures.Money;
import io.labwatch.domain.lab.Lab;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A reported business figure of a lab for a period, e.g. revenue for 2026-Q2. */
@Entity
@Table(name = "financial_metric")
@DiscriminatorValue("FINANCIAL_METRIC")
public class FinancialMetric extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    /** A year, quarter, half or month: 2026, 2026-Q2, 2026-H1, 2026-05. */
    @NotBlank
    @Pattern(regexp = "^[0-9]{4}(-(Q[1-4]|H[12]|(0[1-9]|1[0-2])))?$", message = "must be a period such as 2026, 2026-Q2, 2026-H1 or 2026-05")
    public String period;

    @NotNull
    @Enumerated(EnumType.STRING)
    public MetricKind metric;

    @NotNull
    @DecimalMin("-" + Money.MAX)
    @DecimalMax(Money.MAX)
    @Digits(integer = 18, fraction = 2)
    public BigDecimal value;

    /** Where the value is known only within a range (the point lies in it). */
    @DecimalMin("-" + Money.MAX)
    @DecimalMax(Money.MAX)
    @Digits(integer = 18, fraction = 2)
    @Column(name = "value_low")
    public BigDecimal valueLow;

    @DecimalMin("-" + Money.MAX)
    @DecimalMax(Money.MAX)
    @Digits(integer = 18, fraction = 2)
    @Column(name = "value_high")
    public BigDecimal valueHigh;

    /** What the figure is for its period: a total, a run-rate, ARR, an interpolation, or unstated. */
    @NotNull
    @Enumerated(EnumType.STRING)
    public MetricBasis basis = MetricBasis.UNSTATED;

    @Size(max = 200)
    public String scope;

    @NotNull
    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Override
    public LocalDate occurredOn() {
        return reportedOn;
    }
}
