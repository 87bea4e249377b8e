package io.labwatch.domain.brief;

import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A brief as it was published: what was asked (audience, scope, period, as-of), every rendered form, and the
 * SHA-256 of its structured form, so readers see exactly what was sent and can compare with later briefs.
 */
@Entity
@Table(name = "published_brief")
public class PublishedBrief extends TrackedEntity {

    public String audience;

    /** Lab slugs, comma-separated and sorted; empty for all labs. */
    public String scope;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String headline;

    @Column(name = "data_hash")
    public String dataHash;

    @Column(name = "request_json")
    public String requestJson;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "brief_json")
    public String briefJson;

    @Basic(fetch = FetchType.LAZY)
    public String markdown;

    @Basic(fetch = FetchType.LAZY)
    public String html;

    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    @Column(name = "published_at")
    public Instant publishedAt;
}
