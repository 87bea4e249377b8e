package io.labwatch.web.form;

import io.labwatch.domain.shared.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The errors of a submitted form by field, for templates: {#if errors.has('from')}{errors.of('from')}{/if}. */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(List.of());

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors(List<FieldError> errors) {
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + "; " + b));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
