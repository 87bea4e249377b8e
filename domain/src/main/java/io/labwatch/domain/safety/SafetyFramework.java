package io.labwatch.domain.safety;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A version of a lab's safety framework or policy (a responsible-scaling policy, a preparedness framework), from the
 * day it took effect: the capability thresholds it sets and what the lab commits to at each, the external commitments
 * it signs up to, and the version it replaces. A framework's versions are its history; the newest is current.
 */
@Entity
@Table(name = "safety_framework")
@DiscriminatorValue("SAFETY_FRAMEWORK")
public class SafetyFramework extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotBlank
    @Size(max = 50)
    @Column(name = "framework_version")
    public String frameworkVersion;

    @NotNull
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    /** The version this one replaces, of the same framework. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    @io.labwatch.domain.shared.RecordField(value = "previousVersion", key = "frameworkVersion")
    public SafetyFramework previous;

    /** The capability thresholds it sets, one per line ("ASL-3: uplift to CBRN weapons development"). */
    @Size(max = 10_000)
    public String thresholds;

    /** What the lab commits to at those thresholds, one per line. */
    @Size(max = 10_000)
    public String commitments;

    /** Commitments made to others that it answers to, one per line ("Frontier AI Safety Commitments, Seoul 2024"). */
    @Size(max = 5_000)
    @Column(name = "external_commitments")
    public String externalCommitments;

    @Override
    public LocalDate occurredOn() {
        return effectiveOn;
    }
}
