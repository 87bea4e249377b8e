package io.labwatch.domain.brief;

import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's standing order for a brief: an audience and labs, published and emailed weekly or monthly. Unsubscribing
 * takes the unguessable token in each email's link, so it needs no sign-in.
 */
@Entity
@Table(name = "brief_subscription")
public class BriefSubscription extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    public String email;

    /** An {@code Audience} name; validated against the briefs' audiences when subscribing. */
    public String audience;

    /** Lab slugs, comma-separated and sorted; empty for all labs (as published briefs keep their scope). */
    public String scope;

    @Enumerated(EnumType.STRING)
    public Cadence cadence;

    @Column(name = "next_run_at")
    public Instant nextRunAt;

    @Column(name = "unsubscribe_token")
    public String unsubscribeToken;

    public boolean active;

    /** The labs by slug; empty for all labs. */
    public java.util.List<String> labs() {
        return scope == null || scope.isEmpty() ? java.util.List.of() : java.util.List.of(scope.split(","));
    }

    /** The period its next run covers. */
    public Cadence.Period duePeriod() {
        return cadence.period(nextRunAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }
}
