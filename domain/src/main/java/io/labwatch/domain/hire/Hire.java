package io.labwatch.domain.hire;

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
import java.time.LocalDate;

/** A talent move: a person joins, leaves, founds or is promoted at a lab. */
@Entity
@Table(name = "hire")
@DiscriminatorValue("HIRE")
public class Hire extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_lab_id")
    public Lab fromLab;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_lab_id")
    public Lab toLab;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "move_kind")
    public HireKind kind;

    @Size(max = 200)
    public String role;

    @Size(max = 200)
    public String team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reports_to_id")
    public Person reportsTo;

    @NotNull
    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    public Seniority seniority;

    @Size(max = 10_000)
    public String mandate;

    /** The acquisition the person moved with (from the target to the acquirer), if they did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acquisition_id")
    public io.labwatch.domain.acquisition.Acquisition acquisition;

    @Override
    public LocalDate occurredOn() {
        return announcedOn;
    }
}
