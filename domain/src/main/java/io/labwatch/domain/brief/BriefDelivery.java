package io.labwatch.domain.brief;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One email of a subscription: a scheduled brief or an erratum to one, with its state. Written and claimed by the
 * scheduler in plain SQL; mapped so that subscribers can read how their emails went.
 */
@Entity
@Table(name = "brief_delivery")
public class BriefDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscription_id")
    public Long subscriptionId;

    @Column(name = "brief_id")
    public Long briefId;

    /** BRIEF or ERRATUM. */
    public String kind;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    /** PENDING, SENT or FAILED. */
    public String status;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
