package io.labwatch.domain.watch;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A forward-looking question analysts watch, e.g. "follow-on hires", until resolved (optionally by a linked fact) or
 * expired.
 */
@Entity
@Table(name = "watch_item")
public class WatchItem extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @NotBlank
    @Size(max = 300)
    public String question;

    @Size(max = 10_000)
    public String detail;

    @NotNull
    @Column(name = "raised_on")
    public LocalDate raisedOn;

    @Column(name = "due_by")
    public LocalDate dueBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    public WatchStatus status = WatchStatus.OPEN;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Size(max = 10_000)
    @Column(name = "resolution_note")
    public String resolutionNote;

    /** The fact that resolved the item, if one is linked. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by_fact_id")
    public FactRef resolvedBy;
}
