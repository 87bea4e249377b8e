package io.labwatch.domain.datacenter;

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
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a data center could do on a date, as a source reported or estimated it: its stage, IT power in MW, accelerators
 * (count and type) and H100-equivalents, each a point, a low–high range or both. A center's reports over time are its
 * capacity timeline; each is a fact of its own, cited and graded.
 */
@Entity
@Table(name = "capacity_report")
@DiscriminatorValue("CAPACITY_REPORT")
public class CapacityReport extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "data_center_id")
    public DataCenter dataCenter;

    /** The center's operator when the report was recorded, kept so that the report is a fact of that lab too. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotNull
    @Column(name = "as_of")
    public LocalDate asOf;

    @NotNull
    @Enumerated(EnumType.STRING)
    public CapacityStage stage;

    @Positive
    @Digits(integer = 8, fraction = 1)
    @Column(name = "power_mw")
    public BigDecimal powerMw;

    @Positive
    @Digits(integer = 8, fraction = 1)
    @Column(name = "power_mw_low")
    public BigDecimal powerMwLow;

    @Positive
    @Digits(integer = 8, fraction = 1)
    @Column(name = "power_mw_high")
    public BigDecimal powerMwHigh;

    @Positive
    @Digits(integer = 9, fraction = 0)
    public BigDecimal accelerators;

    /** The accelerators' type: "H100", "GB200", "TPU v6e". */
    @Size(max = 100)
    @Column(name = "accelerator_type")
    public String acceleratorType;

    @Positive
    @Digits(integer = 9, fraction = 0)
    @Column(name = "h100_equivalents")
    public BigDecimal h100Equivalents;

    @Positive
    @Digits(integer = 9, fraction = 0)
    @Column(name = "h100_equivalents_low")
    public BigDecimal h100EquivalentsLow;

    @Positive
    @Digits(integer = 9, fraction = 0)
    @Column(name = "h100_equivalents_high")
    public BigDecimal h100EquivalentsHigh;

    @Override
    public LocalDate occurredOn() {
        return asOf;
    }
}
