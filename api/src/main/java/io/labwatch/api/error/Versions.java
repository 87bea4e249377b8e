package io.labwatch.api.error;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/** ETags from entity versions, and the version a write expects: If-Match first, else the body's. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a write expects, from what the caller last read: If-Match first — one ETag, several (the write
     * proceeds if the current version is one of them) or "*" (any current version: the record must exist) — else the
     * body's version. An If-Match tag we never issued gets 412, and so does a stale one (checked by the service,
     * mapped by the caller); with neither, the write is refused with 428, so no update is ever blind.
     */
    public static long expected(String ifMatch, Long bodyVersion, java.util.function.LongSupplier current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (ifMatch.trim().equals("*")) {
                return current.getAsLong();
            }
            List<Long> tags = new java.util.ArrayList<>();
            for (String part : ifMatch.split(",")) {
                String tag = opaque(part);
                try {
                    tags.add(Long.parseLong(tag));
                } catch (NumberFormatException e) {
                    throw new PreconditionFailedException("If-Match '" + ifMatch + "' is not a version this API issued");
                }
            }
            if (tags.size() == 1) {
                return tags.get(0);
            }
            long now = current.getAsLong();
            if (!tags.contains(now)) {
                throw new PreconditionFailedException("the current version is " + now + ", none of If-Match " + ifMatch);
            }
            return now;
        }
        if (bodyVersion == null) {
            throw new PreconditionRequiredException("a write must say which version it read: send If-Match with the ETag you read "
                    + "(or * for any), or the record's version in the body");
        }
        return bodyVersion;
    }

    /** An entity tag without its weakness and quotes: W/"abc" is abc (If-Match and If-None-Match compare these). */
    public static String opaque(String tag) {
        return tag.trim().replaceFirst("^W/", "").replace("\"", "");
    }
}
