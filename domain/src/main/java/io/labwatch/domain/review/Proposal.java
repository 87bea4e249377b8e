package io.labwatch.domain.review;

import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A change an analyst proposes (a new record, or an edit of one) that a second analyst approves or rejects. Nothing
 * of it is written to the facts before approval.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends TrackedEntity {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    /** The kind's URL segment: hires, valuations. */
    public String kind;

    /** The key of the record an edit changes; null for a new record. */
    @Column(name = "target_key")
    public String targetKey;

    /** The version of that record the edit was made on. */
    @Column(name = "base_version")
    public Long baseVersion;

    /** The record as the API takes it (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String record;

    /** A source typed in the same form (a source record as JSON), created on approval; null when none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_source")
    public String newSource;

    /** The labs the record names, by slug. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] labs;

    /** The record in one line, as its kind summarises it. */
    public String summary;

    public String author;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String reviewer;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The record written on approval, as kind/key ("hires/12"). */
    public String result;

    public boolean isNew() {
        return targetKey == null;
    }
}
