package io.labwatch.web.edit;

import java.util.List;

/**
 * One input of an edit form, with what was typed (or stored), its error and a hint on what it takes (null: none), ready
 * for the template. {@code reads} says how the page's script reads the input: "money", "date", or the segment a picker
 * asks the server for ("labs", "people", "sources").
 */
public record FormField(String name, String label, String type, List<Option> options, String value, List<String> values,
        String error, String hint, String reads) {

    public FormField(String name, String label, String type, List<Option> options, String value, List<String> values, String error) {
        this(name, label, type, options, value, values, error, EditForm.hint(name), null);
    }

    public FormField(String name, String label, String type, List<Option> options, String value, List<String> values, String error,
            String hint) {
        this(name, label, type, options, value, values, error, hint, null);
    }

    /** Whether the input takes money as "2.5B" (the page shows what it reads: "= $2.5B"). */
    public boolean money() {
        return "money".equals(reads);
    }

    /** Whether the input takes a date as "May 2026" (the page shows what it reads: "= May 2026, month"). */
    public boolean date() {
        return "date".equals(reads);
    }

    /** Whether the input is a picker that asks the server (the page lists too many choices to hold them). */
    public boolean picker() {
        return type.equals("pick") || type.equals("sources-pick");
    }

    /** The label of a picker's chosen record (its name), or what was typed. */
    public String chosenLabel() {
        return options.isEmpty() ? value : options.get(0).label();
    }

    /** The ids of the texts that describe the input, for aria-describedby: its error and its hint; empty: none. */
    public String describedBy() {
        return ((hasError() ? "error-" + name : "") + (hint != null ? " hint-" + name : "")).trim();
    }

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
