package io.labwatch.domain.account;

/** What an API token may do: READ reads whatever its user may read; WRITE does whatever its user's role allows. */
public enum TokenScope {
    READ, WRITE;

    /** The scope of that name (any case), or null when there is none (the caller reports it as a field error). */
    public static TokenScope parse(String name) {
        for (TokenScope scope : values()) {
            if (scope.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return scope;
            }
        }
        return null;
    }

    /** The security roles a token of this scope holds for a user of that role. */
    public java.util.Set<String> grants(Role role) {
        return this == READ ? Role.READER.grants : role.grants;
    }
}
