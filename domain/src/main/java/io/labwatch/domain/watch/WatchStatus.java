package io.labwatch.domain.watch;

/** Where a watch item is in its life. */
public enum WatchStatus {
    OPEN,
    RESOLVED,
    EXPIRED
}
