package io.labwatch.domain.model;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A released model's score on a benchmark, on a date, with the harness that produced it and whether the lab reported
 * it itself or a third party ran it. Scores are not comparable across harnesses; the harness says which one.
 */
@Entity
@Table(name = "benchmark_result")
@DiscriminatorValue("BENCHMARK_RESULT")
public class BenchmarkResult extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_release_id")
    public ModelRelease model;

    /** The model's lab, kept with the score so that the score is a fact of that lab (set from the model). */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotBlank
    @Size(max = 100)
    public String benchmark;

    @NotNull
    @Digits(integer = 8, fraction = 4)
    public BigDecimal score;

    /** What the score counts: "%", "Elo", "pass@1". */
    @Size(max = 30)
    @Column(name = "score_unit")
    public String scoreUnit;

    @NotNull
    @Column(name = "measured_on")
    public LocalDate measuredOn;

    @Size(max = 200)
    public String harness;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Verification verification = Verification.SELF_REPORTED;

    /** The third party that ran it, where one did. */
    @Size(max = 200)
    @Column(name = "verified_by")
    public String verifiedBy;

    @Override
    public LocalDate occurredOn() {
        return measuredOn;
    }
}
