package io.labwatch.domain.source;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.watch.WatchItem;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Links a source to what it reports: a fact of any kind, a lab's profile (its stated emphasis) or a watch item.
 * Exactly one of the three is set (a CHECK in the schema enforces it), each a real foreign key.
 */
@Entity
@Table(name = "citation")
public class Citation extends TrackedEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lab_id")
    public Lab lab;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fact_id")
    public FactRef fact;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "watch_item_id")
    public WatchItem watchItem;

    /** What only this source said about the fact, if anything. */
    @Size(max = 5000)
    public String note;

    /** The id of what is cited (a fact, lab or watch item). */
    public Long targetId() {
        return lab != null ? lab.id : fact != null ? fact.id : watchItem == null ? null : watchItem.id;
    }

    /** The type of what is cited as the API and the read models name it: lab, watchItem, hire, fundingRound, ... */
    public String factType() {
        return lab != null ? "lab" : watchItem != null ? "watchItem" : fact.typeName();
    }
}
