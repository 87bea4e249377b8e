package io.labwatch.domain.partnership;

import io.labwatch.domain.figures.Amount;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commercial agreement between two organisations, each in its role (OpenAI the provider, Dell the distributor): its
 * type, the value committed where known (a point, a range or both), its term, whether it is exclusive, and where it
 * stands. Every agreement but buying compute, which is a compute deal.
 */
@Entity
@Table(name = "partnership")
@DiscriminatorValue("PARTNERSHIP")
public class Partnership extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "lab_role")
    public PartnerRole labRole = PartnerRole.PARTNER;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_lab_id")
    public Lab partner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_role")
    public PartnerRole partnerRole = PartnerRole.PARTNER;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type")
    public PartnershipType type;

    @NotNull
    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Amount
    @Column(name = "committed_value")
    public BigDecimal committedValue;

    @Amount
    @Column(name = "committed_value_low")
    public BigDecimal committedValueLow;

    @Amount
    @Column(name = "committed_value_high")
    public BigDecimal committedValueHigh;

    /** Whether either party may not make the same agreement with others; none while unreported. */
    public Boolean exclusive;

    /** Where the agreement stands; named so because a fact's own {@code status} is its lifecycle. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "deal_status")
    public PartnershipStatus dealStatus = PartnershipStatus.ANNOUNCED;

    @Size(max = 10_000)
    public String description;

    /** The data center the agreement concerns, if it names one (power for a campus, chips for a site). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "data_center_id")
    public io.labwatch.domain.datacenter.DataCenter dataCenter;

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}
