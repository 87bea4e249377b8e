package io.labwatch.web.edit;

import java.util.List;

/** One input of an edit form, with what was typed (or stored) and its error, ready for the template. */
public record FormField(String name, String label, String type, List<Option> options, String value, List<String> values,
        String error) {

    /** A choice of a select: value and label. */
    public record Option(String value, String label) {
    }

    public boolean selected(String option) {
        return values.contains(option);
    }

    public boolean hasError() {
        return error != null && !error.isEmpty();
    }
}
