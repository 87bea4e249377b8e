package io.labwatch.domain.account;

import io.labwatch.domain.shared.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in: a username, a bcrypt password hash, a role, whether it is enabled, and the epoch of its sessions. */
@Entity
@Table(name = "app_user")
public class UserAccount extends TrackedEntity {

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    /** Created for the demo; a production start refuses to run while such users exist. */
    public boolean demo;

    /** Sessions carry the epoch they began in; bumping it (sign-out, password or role change, disabling) ends them all. */
    @Column(name = "session_epoch")
    public int sessionEpoch;

    /** A disabled account cannot sign in, and its sessions and tokens stop working. */
    public boolean enabled = true;

    /**
     * When the user last looked at what is new for their watchlist. Written only by {@code Watchlist.markSeen}, in
     * one statement: an edit of the account must not put back the value it read.
     */
    @Column(name = "news_seen_at", insertable = false, updatable = false)
    public Instant newsSeenAt;

    /** SHA-256 of the private token of the user's watchlist feed (none: no feed). */
    @Column(name = "feed_token_hash")
    public String feedTokenHash;
}
