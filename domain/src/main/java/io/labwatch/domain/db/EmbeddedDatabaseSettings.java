package io.labwatch.domain.db;

import java.nio.file.Path;

/** Where and how the embedded server runs: data directory (or a temporary one) and port (0: any free). */
public record EmbeddedDatabaseSettings(Path dataDirectory, boolean temporary, int port) {
}
