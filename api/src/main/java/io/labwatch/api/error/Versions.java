package io.labwatch.api.error;

import jakarta.ws.rs.core.EntityTag;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import java.util.List;

/** ETags from entity versions, and the version a write expects: If-Match first, else the body's. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the caller last read. An If-Match that is not a version we issued gets 412, and so does a
     * stale If-Match (checked by the service, mapped here by the caller); with neither header nor body
     * version the write is refused, so no update is ever blind.
     */
    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new PreconditionFailedException("If-Match '" + ifMatch + "' is not a version this API issued");
            }
        }
        if (bodyVersion == null) {
            throw new InvalidInputException(List.of(
                    new FieldError("version", "is required (or send If-Match with the ETag you read)")));
        }
        return bodyVersion;
    }
}
