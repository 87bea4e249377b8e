package io.labwatch.web.edit;

import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.shared.FieldError;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a record's edit form, derived from the record's components so one template serves every kind:
 * references to labs and people become choices, enums become selects, long texts text areas, dates date inputs,
 * and citations a choice of sources plus a new source typed in the same form.
 */
final class EditForm {

    static final List<String> NEW_SOURCE = List.of("newSourceOutlet", "newSourceHeadline", "newSourceUrl", "newSourcePublishedOn");

    /**
     * What the fields every fact carries take, and the ends of ranges (any "...Low" or "...High" beside its point), said
     * under the input; the fields of one kind are plain enough from their labels.
     */
    private static final Map<String, String> HINTS = Map.of(
            "supersededBy", "Only when this fact was replaced: the fact that replaced it, as its kind and id as in its edit address, "
                    + "e.g. valuations/12.",
            "statusReason", "Why the fact was superseded, denied or retracted; required when denied or retracted.",
            "estimated", "Yes when the figures are an estimate (Labwatch's or an outlet's), not reported by a party to the fact.",
            "estimateMethod", "How the estimate was made, e.g. \"midpoint of the range two people briefed\".",
            "currency", "The currency the amounts were reported in, as a code: USD (the default), EUR, GBP, JPY.",
            "usdRate", "US dollars per one unit of the currency, on the rate date; leave empty for USD.",
            "rateOn", "The day of the exchange rate.");

    private EditForm() {
    }

    /** The hint under a field of a kind: what money and date fields take, then the hint of its name, or null. */
    static String hint(RecordKind kind, String name, Class<?> type) {
        if (type == LocalDate.class) {
            return "A day, a month or a year: " + io.labwatch.domain.shared.DateInput.FORMATS.substring("e.g. ".length())
                    + ". A month or a year sets how precise the date is.";
        }
        if (type == BigDecimal.class && FieldReader.isMoney(kind, name)) {
            String rest = hint(name);
            return (rest == null ? "" : rest + " ") + "An amount, " + io.labwatch.domain.figures.MoneyInput.FORMATS + ".";
        }
        return hint(name);
    }

    /** The hint under a field, or null. */
    static String hint(String name) {
        String hint = HINTS.get(name);
        if (hint == null && name.matches("[a-z][A-Za-z]*(Low|High)")) {
            boolean low = name.endsWith("Low");
            String point = label(name.substring(0, name.length() - (low ? 3 : 4))).toLowerCase(Locale.ROOT);
            hint = (low ? "The lower" : "The upper") + " end, where the " + point + " is known only within a range; the " + point
                    + " above, what sums and sorts use, lies within it.";
        }
        return hint;
    }

    /** The form's fields with the given values (as typed, or as stored) and errors by field. */
    static List<FormField> fields(RecordKind kind, Map<String, List<String>> values, List<FieldError> errors,
            References.Choices choices) {
        Map<String, String> errorByField = new LinkedHashMap<>();
        errors.forEach(e -> errorByField.merge(field(e.field()), e.message(), (a, b) -> a + "; " + b));
        List<FormField> fields = new ArrayList<>();
        for (RecordComponent c : kind.recordType.getRecordComponents()) {
            String name = c.getName();
            if (name.equals("id") || name.equals("version")) {
                continue;
            }
            List<String> typed = values.getOrDefault(name, List.of());
            String value = typed.isEmpty() ? "" : typed.get(0);
            String error = errorByField.get(name);
            if (name.equals("citations")) {
                List<FormField.Option> sources = choices.listed("sources");
                fields.add(sources != null ? new FormField(name, "Sources", "sources", sources, "", typed, error)
                        : new FormField(name, "Sources", "sources-pick", typed.stream().filter(v -> !v.isBlank()).distinct()
                                .map(v -> new FormField.Option(v, choices.label("sources", v))).toList(), "", typed, error,
                                "Type an outlet, a headline or an address and pick the source; without script, type its address or "
                                        + "short name. Or add a new source below (both work together).", "sources"));
                for (String extra : NEW_SOURCE) {
                    List<String> v = values.getOrDefault(extra, List.of());
                    fields.add(new FormField(extra, label(extra), extra.endsWith("Url") ? "url" : "text", List.of(), v.isEmpty() ? "" : v.get(0), v,
                            errorByField.get(extra), extra.endsWith("PublishedOn") ? hint(kind, extra, LocalDate.class) : null,
                            extra.endsWith("PublishedOn") ? "date" : null));
                }
                continue;
            }
            Class<?> type = c.getType();
            Class<?> entityType = kind.entityField(name).map(java.lang.reflect.Field::getType).orElse(null);
            if (entityType == Lab.class || entityType == Person.class) {
                String segment = entityType == Lab.class ? "labs" : "people";
                List<FormField.Option> listed = choices.listed(segment);
                fields.add(listed != null ? choice(name, listed, value, error) : pick(name, segment, value, choices, error));
            } else if (type == Boolean.class || type == boolean.class) {
                fields.add(choice(name, List.of(new FormField.Option("true", "Yes"), new FormField.Option("false", "No")), value, error));
            } else if (type.isEnum()) {
                fields.add(choice(name, Arrays.stream(type.getEnumConstants())
                        .map(e -> new FormField.Option(((Enum<?>) e).name(), label(((Enum<?>) e).name()))).toList(), value, error));
            } else {
                // dates are typed as text: a date input takes only whole days, and "May 2026" is a date too
                String input = longText(kind, name) ? "textarea"
                        : type == BigDecimal.class || type == Integer.class ? "number" : "text";
                fields.add(new FormField(name, label(name), input, List.of(), value, typed, error, hint(kind, name, type),
                        type == LocalDate.class ? "date" : type == BigDecimal.class && FieldReader.isMoney(kind, name) ? "money" : null));
            }
        }
        return fields;
    }


    /** Fields under one legend: the fact's own values, how sure and exact it is, its status, its sources. */
    public record Group(String legend, String id, List<FormField> fields) {
    }

    /** Fields of how sure and how exact a fact is, and of its status; the rest are its own values, then its sources. */
    private static final List<String> EXACTNESS = List.of("datePrecision", "certainty", "estimated", "estimateMethod", "currency",
            "usdRate", "rateOn");
    private static final List<String> STATUS = List.of("status", "statusReason", "supersededBy");

    /**
     * The fields in groups, each a fieldset the keyboard can jump between: the record's own values first (what an analyst
     * types for every fact), then how sure and exact it is, its status, and its sources. A record with only its own values
     * is one group.
     */
    static List<Group> groups(List<FormField> fields) {
        Map<String, List<FormField>> byGroup = new LinkedHashMap<>();
        for (String legend : List.of("Values", "How sure and how exact", "Status", "Sources")) {
            byGroup.put(legend, new ArrayList<>());
        }
        for (FormField f : fields) {
            String name = f.name();
            String legend = name.equals("citations") || NEW_SOURCE.contains(name) ? "Sources"
                    : STATUS.contains(name) ? "Status"
                    : EXACTNESS.contains(name) || name.matches("[a-z][A-Za-z]*(Low|High)") ? "How sure and how exact" : "Values";
            byGroup.get(legend).add(f);
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((legend, in) -> {
            if (!in.isEmpty()) {
                groups.add(new Group(legend, "group-" + legend.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"), in));
            }
        });
        return groups;
    }

    /** A text the entity lets run past a line (more than 500 characters) gets a text area. */
    static boolean longText(RecordKind kind, String name) {
        return kind.entityField(name).map(f -> f.getAnnotation(jakarta.validation.constraints.Size.class))
                .map(size -> size.max() > 500).orElse(false);
    }

    /** A reference past the length of a list: a text input holding the slug, labelled with the name for the picker. */
    private static FormField pick(String name, String segment, String value, References.Choices choices, String error) {
        List<FormField.Option> chosen = value.isBlank() ? List.of() : List.of(new FormField.Option(value, choices.label(segment, value)));
        String noun = segment.equals("labs") ? "lab" : "person";
        return new FormField(name, label(name), "pick", chosen, value, List.of(value), error,
                "Type part of the " + noun + "'s name and pick it; without script, type its name or short name.", segment);
    }

    private static FormField choice(String name, List<FormField.Option> options, String value, String error) {
        List<FormField.Option> all = new ArrayList<>();
        all.add(new FormField.Option("", "—"));
        all.addAll(options);
        return new FormField(name, label(name), "select", all, value, List.of(value), error);
    }

    /** "citations[0].source" and "fundingRound" name the form fields "citations" and "round". */
    static String field(String path) {
        String base = path.replaceAll("\\[.*", "");
        return base.equals("fundingRound") ? "round" : base;
    }

    /** Labels that the field's name does not give in words. */
    private static final Map<String, String> LABELS = Map.of(
            "newSourceOutlet", "New source: outlet",
            "newSourceHeadline", "New source: headline",
            "newSourceUrl", "New source: URL",
            "newSourcePublishedOn", "New source: published on",
            "url", "URL",
            "wikidataId", "Wikidata ID",
            "usdRate", "US dollars per unit",
            "citations", "Sources",
            "supersededBy", "Superseded by");

    /** "announcedOn" becomes "Announced on"; "FRONTIER_LAB" becomes "Frontier lab"; "AI_STARTUP" "AI startup". */
    static String label(String name) {
        if (LABELS.containsKey(name)) {
            return LABELS.get(name);
        }
        return io.labwatch.web.shared.Words.label(name);
    }
}
