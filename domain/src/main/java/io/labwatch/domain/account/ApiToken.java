package io.labwatch.domain.account;

import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A per-user API token. Only its SHA-256 is stored; the token itself is shown once, when created. */
@Entity
@Table(name = "api_token")
public class ApiToken extends TrackedEntity {

    /** The identity attribute holding the id of the token a request came with (rate limits count per token). */
    public static final String ID_ATTRIBUTE = "labwatch.api-token-id";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    /** The first characters of the token, so a user can tell tokens apart. */
    public String prefix;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public TokenScope scope = TokenScope.WRITE;
}
