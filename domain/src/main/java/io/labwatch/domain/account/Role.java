package io.labwatch.domain.account;

import java.util.Set;

/** What a user may do. Each role includes the ones below it: an admin is also an analyst and a reader. */
public enum Role {
    READER(Set.of("reader")),
    ANALYST(Set.of("reader", "analyst")),
    ADMIN(Set.of("reader", "analyst", "admin"));

    /** The security roles an identity with this role holds. */
    public final Set<String> grants;

    Role(Set<String> grants) {
        this.grants = grants;
    }

    /** The role of that name (any case), or null when there is none (the caller reports it as a field error). */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return role;
            }
        }
        return null;
    }
}
