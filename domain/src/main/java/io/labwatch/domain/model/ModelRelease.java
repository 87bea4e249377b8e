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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lab releases a model: its name and version, modality and access, and where known its parameter count and
 * training compute (FLOP), each a point, a low–high range or both, marked estimated (as every fact can be) with the method when nobody
 * reported it.
 */
@Entity
@Table(name = "model_release")
@DiscriminatorValue("MODEL_RELEASE")
public class ModelRelease extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotNull
    @Column(name = "released_on")
    public LocalDate releasedOn;

    @NotBlank
    @Size(max = 200)
    public String name;

    /** The model's own version ("5", "2.5 Flash"); the row's lock version is {@code version}. */
    @Size(max = 100)
    @Column(name = "model_version")
    public String modelVersion;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Modality modality;

    /** How the model can be used; none while unreported. */
    @Enumerated(EnumType.STRING)
    public ModelAccess access;

    @Positive
    @Digits(integer = 30, fraction = 0)
    public BigDecimal parameters;

    @Positive
    @Digits(integer = 30, fraction = 0)
    @Column(name = "parameters_low")
    public BigDecimal parametersLow;

    @Positive
    @Digits(integer = 30, fraction = 0)
    @Column(name = "parameters_high")
    public BigDecimal parametersHigh;

    @Positive
    @Digits(integer = 40, fraction = 0)
    @Column(name = "training_flop")
    public BigDecimal trainingFlop;

    @Positive
    @Digits(integer = 40, fraction = 0)
    @Column(name = "training_flop_low")
    public BigDecimal trainingFlopLow;

    @Positive
    @Digits(integer = 40, fraction = 0)
    @Column(name = "training_flop_high")
    public BigDecimal trainingFlopHigh;

    @Size(max = 10_000)
    public String description;

    @Override
    public LocalDate occurredOn() {
        return releasedOn;
    }
}
