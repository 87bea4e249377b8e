package io.labwatch.domain.governance;

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

/**
 * A person's seat on an organisation's governing body (its board, its nonprofit parent's board, its safety committee):
 * the role, from when and until when, who appointed them, who replaced them and why they left. It stands on timelines
 * on the day it began.
 */
@Entity
@Table(name = "board_seat")
@DiscriminatorValue("BOARD_SEAT")
public class BoardSeat extends DatedFact {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotNull
    @Enumerated(EnumType.STRING)
    public GoverningBody body = GoverningBody.BOARD;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "seat_role")
    public SeatRole role = SeatRole.DIRECTOR;

    @NotNull
    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** Who appointed them, as reported: "the nonprofit's board", "Series F investors". */
    @Size(max = 200)
    @Column(name = "appointed_by")
    public String appointedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_person_id")
    public Person replacedBy;

    @Size(max = 2000)
    @Column(name = "leaving_reason")
    public String leavingReason;

    @Override
    public LocalDate occurredOn() {
        return startedOn;
    }
}
