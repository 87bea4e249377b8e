package io.labwatch.domain.shared;

import java.util.Map;

/**
 * Fired (synchronously, inside the writing transaction) after every create, update, restore or delete on the one
 * write path, with the values after the change (before it, for a delete). Observers that write do so in the same
 * transaction: the change and what they record stand or fall together.
 */
public record FactChanged(String action, TrackedEntity entity, Map<String, Object> values) {
}
