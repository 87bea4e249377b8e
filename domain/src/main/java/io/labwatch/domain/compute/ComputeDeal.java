package io.labwatch.domain.compute;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DatedFact;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A lab buying or renting compute from a provider, at a facility where known. */
@Entity
@Table(name = "compute_deal")
@DiscriminatorValue("COMPUTE_DEAL")
public class ComputeDeal extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_lab_id")
    public Lab buyer;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_lab_id")
    public Lab provider;

    @Size(max = 200)
    public String facility;

    /** The data center the compute is in, where Labwatch holds it (the facility names it in words). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "data_center_id")
    @io.labwatch.domain.shared.RecordField(value = "dataCenter", key = "slug")
    public io.labwatch.domain.datacenter.DataCenter dataCenter;

    @Size(max = 200)
    public String location;

    @NotNull
    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Size(max = 200)
    public String capacity;

    @Size(max = 10_000)
    public String description;

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}
