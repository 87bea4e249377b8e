package io.labwatch.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code errors} lists the fields at fault, {@code existing} links the record that
 * already holds a key a write wanted (a duplicate).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors, String existing) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://labwatch.dev/problems/";

    /** One field at fault; {@code row} is set for imports (1-based within its section). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldProblem(String field, String message, Integer row) {
        public FieldProblem(String field, String message) {
            this(field, message, null);
        }
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of(), null);
    }

    public static Problem of(String slug, String title, int status, String detail, List<FieldProblem> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors, null);
    }

    /** The same problem, linking the record that already exists. */
    public Problem linking(String existing) {
        return new Problem(type, title, status, detail, errors, existing);
    }
}
