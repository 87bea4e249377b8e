package io.labwatch.domain.shared;

/** Someone else saved the entity since the caller read it; nothing was changed. */
public class StaleVersionException extends DomainException {
    public final long expectedVersion;
    public final long currentVersion;

    public StaleVersionException(String entity, Object key, long expectedVersion, long currentVersion) {
        super(entity + " '" + key + "' was changed by someone else: you edited version " + expectedVersion
                + ", the current version is " + currentVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }
}
