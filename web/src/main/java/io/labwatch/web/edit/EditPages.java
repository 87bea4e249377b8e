package io.labwatch.web.edit;

import io.labwatch.domain.exchange.RecordKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.exchange.Versioned;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InUseException;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.StaleVersionException;
import io.labwatch.domain.source.Source;
import io.labwatch.web.shared.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.exchange.LookAlikes;
import io.labwatch.domain.review.Proposal;
import io.labwatch.domain.review.ProposalService;
import io.labwatch.web.shared.ReturnTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Create, edit and delete forms for every kind of record. A form with errors comes back with what was typed and
 * each error beside its field; an edit of a stale version shows the analyst's values beside the current ones.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EditPages {

    @jakarta.inject.Inject
    io.labwatch.domain.exchange.RecordKinds kinds;


    /** A difference between what the analyst sent and what is stored now. */
    public record Difference(String field, String yours, String current) {
    }

    /** A problem for the summary at the top of a form: the field's label and the input it links to. */
    public record Problem(String anchor, String label, String message) {
    }

    /** The record that already holds the key a form wanted: its noun and the form that edits it. */
    public record Existing(String noun, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(RecordKind kind, String key, String action, Long version, List<EditForm.Group> groups,
                List<Problem> problems, List<Difference> conflict, Existing existing, String notice, String back, boolean reviewRequired,
                List<LookAlikes.Match> lookAlikes);

        static native TemplateInstance delete(RecordKind kind, String key, String summary, Long version, String refusal, String back);
    }

    @Inject
    FormSaver saver;

    @Inject
    ProposalService proposals;

    @Inject
    LookAlikes lookAlikes;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    References references;

    @GET
    @Path("new/{kind}")
    @Transactional
    public TemplateInstance newForm(@PathParam("kind") String segment, @Context UriInfo uri) {
        RecordKind kind = kinds.of(segment);
        MultivaluedMap<String, String> given = uri.getQueryParameters();
        String notice = given.getFirst("added") == null ? null
                : "Saved the " + kind.noun + ". The form keeps its labs, people, choices and sources for the next one.";
        return form(kind, null, "/new/" + segment, null, given, List.of(), null, null, notice);
    }

    @POST
    @Path("new/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("kind") String segment, MultivaluedMap<String, String> form) {
        RecordKind kind = kinds.of(segment);
        citeKnownSource(form);
        try {
            List<LookAlikes.Match> similar = "create-anyway".equals(form.getFirst("then")) ? List.of()
                    : segment.equals("sources") ? lookAlikes.sources(form.getFirst("url"), null)
                    : lookAlikes.of(segment, form.getFirst("name"), form.getFirst("aliases"));
            if (!similar.isEmpty()) {
                // a new lab or person whose name reads as an existing one's, or a source at an address Labwatch has:
                // its own problems first, then ask before making a duplicate
                saver.trial(kind, null, null, record(kind, form), newSource(form));
                return Response.status(409).entity(form(kind, null, "/new/" + segment, null, form, List.of(), null, null, null, similar))
                        .build();
            }
            if (proposing(form)) {
                return propose(kind, null, null, record(kind, form), form);
            }
            Versioned saved = saver.create(kind, record(kind, form), newSource(form));
            if ("another".equals(form.getFirst("then"))) {
                return Redirect.seeOther(another(kind, form)).build();
            }
            return Redirect.seeOther(ReturnTo.path(form.getFirst("back"), destination(kind, saved))).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(form(kind, null, "/new/" + segment, null, form, e.errors, null, null, null)).build();
        } catch (DuplicateException e) {
            return Response.status(409).entity(form(kind, null, "/new/" + segment, null, form, duplicate(e, form), null, existing(e), null))
                    .build();
        }
    }

    @GET
    @Path("edit/{kind}/{key}")
    @Transactional
    public TemplateInstance editForm(@PathParam("kind") String segment, @PathParam("key") String key, @QueryParam("back") String back) {
        RecordKind kind = kinds.of(segment);
        Versioned current = saver.get(kind, key);
        Map<String, List<String>> values = values(current);
        if (back != null) {
            values.put("back", List.of(back));
        }
        return form(kind, key, "/edit/" + segment + "/" + key, current.version(), values, List.of(), null, null, null);
    }

    @POST
    @Path("edit/{kind}/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("kind") String segment, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        RecordKind kind = kinds.of(segment);
        String action = "/edit/" + segment + "/" + key;
        Long version = version(form);
        citeKnownSource(form);
        try {
            if (version == null) {
                throw InvalidInputException.of("version", "is missing: reload the form");
            }
            if (proposing(form)) {
                return propose(kind, key, version, record(kind, form), form);
            }
            Versioned saved = saver.update(kind, key, version, record(kind, form), newSource(form));
            return Redirect.seeOther(ReturnTo.path(form.getFirst("back"), destination(kind, saved))).build();
        } catch (InvalidInputException e) {
            return Response.status(422).entity(form(kind, key, action, version, form, e.errors, null, null, null)).build();
        } catch (DuplicateException e) {
            return Response.status(409).entity(form(kind, key, action, version, form, duplicate(e, form), null, existing(e), null)).build();
        } catch (StaleVersionException e) {
            Versioned current = saver.get(kind, key);
            return Response.status(409).entity(form(kind, key, action, current.version(), form, List.of(), differences(form, values(current)),
                    null, null)).build();
        }
    }

    @GET
    @Path("delete/{kind}/{key}")
    public TemplateInstance confirmDelete(@PathParam("kind") String segment, @PathParam("key") String key, @QueryParam("back") String back) {
        RecordKind kind = kinds.of(segment);
        Versioned current = saver.get(kind, key);
        return Templates.delete(kind, key, summary(current), current.version(), null, ReturnTo.pathOrNull(back));
    }

    @POST
    @Path("delete/{kind}/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("kind") String segment, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        RecordKind kind = kinds.of(segment);
        Long version = version(form);
        try {
            saver.delete(kind, key, version == null ? -1 : version);
            return Redirect.seeOther(ReturnTo.path(form.getFirst("back"), "/")).build();
        } catch (InUseException | StaleVersionException e) {
            Versioned current = saver.get(kind, key);
            return Response.status(409).entity(Templates.delete(kind, key, summary(current), current.version(), e.getMessage(),
                    ReturnTo.pathOrNull(form.getFirst("back")))).build();
        }
    }

    /** Whether this change goes to review: the analyst asked for it, or their role's changes must be reviewed. */
    private boolean proposing(MultivaluedMap<String, String> form) {
        return "propose".equals(form.getFirst("then")) || proposals.requiredFor(identity);
    }

    /** Checks the change as a save would, keeps it for review and shows the review queue. */
    private Response propose(RecordKind kind, String key, Long version, Versioned record, MultivaluedMap<String, String> form) {
        saver.trial(kind, key, version, record, newSource(form));
        Proposal proposal = proposals.propose(kind, key, version, record, FormSaver.sourceRecord(newSource(form)),
                identity.getPrincipal().getName());
        return Redirect.seeOther("/review?proposed=" + proposal.id).build();
    }

    /**
     * The edit or new form a refused request was sent from, again with what was typed and the notice why nothing was
     * saved; null when the path is not an edit form.
     */
    public TemplateInstance staleForm(String path, Map<String, List<String>> typed, String notice) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/(new|edit)/([a-z-]+)(?:/([^/]+))?").matcher(path);
        if (!m.matches() || (m.group(1).equals("edit") != (m.group(3) != null))) {
            return null;
        }
        RecordKind kind;
        try {
            kind = kinds.of(m.group(2));
        } catch (RuntimeException e) {
            return null;
        }
        String key = m.group(3) == null ? null : java.net.URLDecoder.decode(m.group(3), java.nio.charset.StandardCharsets.UTF_8);
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> form(kind, key, path, version(typed), typed, List.of(),
                null, null, notice));
    }

    private TemplateInstance form(RecordKind kind, String key, String action, Long version, Map<String, List<String>> values,
            List<FieldError> errors, List<Difference> conflict, Existing existing, String notice) {
        return form(kind, key, action, version, values, errors, conflict, existing, notice, List.of());
    }

    private TemplateInstance form(RecordKind kind, String key, String action, Long version, Map<String, List<String>> values,
            List<FieldError> errors, List<Difference> conflict, Existing existing, String notice, List<LookAlikes.Match> lookAlikes) {
        List<String> chosen = new ArrayList<>(values.getOrDefault("citations", List.of()));
        for (RecordComponent c : kind.recordType.getRecordComponents()) {
            if (reference(kind, c.getName()) != null) {
                chosen.addAll(values.getOrDefault(c.getName(), List.of()));
            }
        }
        List<FormField> fields = EditForm.fields(kind, values, errors, references.choices(kind.cites(), chosen));
        List<Problem> problems = errors.stream().map(e -> {
            String field = EditForm.field(e.field());
            boolean onForm = fields.stream().anyMatch(f -> f.name().equals(field));
            return new Problem(onForm ? "field-" + field : "", EditForm.label(field), e.message());
        }).toList();
        List<String> back = values.getOrDefault("back", List.of());
        return Templates.form(kind, key, action, version, EditForm.groups(fields), problems, conflict, existing, notice,
                back.isEmpty() ? null : ReturnTo.pathOrNull(back.get(0)), proposals.requiredFor(identity), lookAlikes);
    }

    /**
     * The next new form after "save and add another": the same labs, people, choices and sources (the source typed in
     * the form is now one of them), the rest empty.
     */
    private String another(RecordKind kind, MultivaluedMap<String, String> form) {
        List<String> kept = new ArrayList<>();
        citations(form).forEach(cited -> kept.add(param("citations", cited.get("source"))));
        for (RecordComponent c : kind.recordType.getRecordComponents()) {
            String name = c.getName();
            String value = form.getFirst(name);
            boolean shared = c.getType().isEnum() || c.getType() == Boolean.class || reference(kind, name) != null;
            if (shared && value != null && !value.isBlank()) {
                kept.add(param(name, value));
            }
        }
        String back = ReturnTo.pathOrNull(form.getFirst("back"));
        if (back != null) {
            kept.add(param("back", back));
        }
        kept.add("added=1");
        return "/new/" + kind.segment + "?" + String.join("&", kept);
    }

    private static String param(String name, String value) {
        return name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The record a form describes. Values that cannot be read (a date that is not a date, a word for a number, an
     * unknown choice) are left out and reported together with every other problem the record has.
     */
    private Versioned record(RecordKind kind, MultivaluedMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> unreadable = new ArrayList<>();
        String previous = null;
        for (RecordComponent c : kind.recordType.getRecordComponents()) {
            String name = c.getName();
            if (name.equals("citations")) {
                if (kind.cites()) {
                    List<Map<String, String>> cited = new ArrayList<>();
                    for (Map<String, String> c1 : citations(form)) {
                        References.Resolved source = references.resolve("sources", "citations", c1.get("source"));
                        cited.add(Map.of("source", source.slug()));
                        if (source.problem() != null) {
                            unreadable.add(source.problem());
                        }
                    }
                    values.put(name, cited);
                }
            } else if (!name.equals("id")) {
                String value = form.getFirst(name);
                String segment = reference(kind, name);
                if (segment != null && value != null && !value.isBlank()) {
                    References.Resolved resolved = references.resolve(segment, name, value);
                    values.put(name, resolved.slug());
                    if (resolved.problem() != null) {
                        unreadable.add(resolved.problem());
                    }
                } else if (value != null && !value.isBlank()) {
                    FieldReader.Reading reading = FieldReader.read(kind, name, c.getType(), value.trim());
                    if (reading.problem() == null) {
                        values.put(name, reading.value());
                    } else {
                        unreadable.add(new FieldError(name, reading.problem()));
                    }
                }
                // "May 2026" in the date a record's precision describes (the component before it) sets that precision
                if (name.equals("datePrecision") && previous != null && form.getFirst(previous) != null) {
                    DatePrecision typed = io.labwatch.domain.shared.DateInput.read(form.getFirst(previous)).precision();
                    if (typed != null && typed != DatePrecision.DAY) {
                        values.put(name, typed.name());
                    }
                }
            }
            previous = name;
        }
        Versioned record = (Versioned) json.convertValue(values, kind.recordType);
        if (!unreadable.isEmpty()) {
            List<FieldError> all = new ArrayList<>(unreadable);
            saver.problems(kind, record, newSource(form)).stream()
                    .filter(p -> unreadable.stream().noneMatch(u -> u.field().equals(EditForm.field(p.field())))).forEach(all::add);
            throw new InvalidInputException(all);
        }
        return record;
    }

    /**
     * A new source typed into a fact's form at an address a source already has is that source: the form cites it
     * instead of making a second entry of one article.
     */
    private void citeKnownSource(MultivaluedMap<String, String> form) {
        String url = form.getFirst("newSourceUrl");
        List<LookAlikes.Match> known = url == null || url.isBlank() ? List.of() : lookAlikes.sources(url, null);
        if (!known.isEmpty()) {
            form.add("citations", known.get(0).slug());
            EditForm.NEW_SOURCE.forEach(form::remove);
        }
    }

    /** The segment a field refers to ("labs", "people"), or null where it is no reference. */
    private static String reference(RecordKind kind, String name) {
        Class<?> type = kind.entityField(name).map(java.lang.reflect.Field::getType).orElse(null);
        return type == Lab.class ? "labs" : type == Person.class ? "people" : null;
    }

    private static List<Map<String, String>> citations(MultivaluedMap<String, String> form) {
        List<Map<String, String>> cited = new ArrayList<>();
        form.getOrDefault("citations", List.of()).stream().filter(s -> !s.isBlank()).distinct().forEach(s -> cited.add(Map.of("source", s)));
        FormSaver.NewSource added = newSource(form);
        if (added.given() && !FormSaver.blank(added.outlet()) && !FormSaver.blank(added.headline())) {
            cited.add(Map.of("source", added.slug()));
        }
        return cited;
    }

    private static FormSaver.NewSource newSource(MultivaluedMap<String, String> form) {
        return new FormSaver.NewSource(form.getFirst("newSourceOutlet"), form.getFirst("newSourceHeadline"),
                form.getFirst("newSourceUrl"), form.getFirst("newSourcePublishedOn"));
    }

    private static Long version(Map<String, List<String>> form) {
        try {
            List<String> given = form.getOrDefault("version", List.of());
            String v = given.isEmpty() ? null : given.get(0);
            return v == null || v.isBlank() ? null : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One error beside each field of the taken key; a clash of the source typed into a fact's form goes beside those fields. */
    private static List<FieldError> duplicate(DuplicateException e, MultivaluedMap<String, String> form) {
        boolean fromNewSource = newSource(form).given() && e.type == Source.class;
        return e.fields.stream().map(field -> new FieldError(fromNewSource ? NEW_SOURCE_FIELDS.getOrDefault(field, "newSourceHeadline") : field,
                e.messageFor(field))).toList();
    }

    /** Where the fields of a source typed into a fact's form are (its slug is made from its outlet and headline). */
    private static final Map<String, String> NEW_SOURCE_FIELDS = Map.of("url", "newSourceUrl", "outlet", "newSourceOutlet");

    private Existing existing(DuplicateException e) {
        return e.existing == null ? null : kinds.ofClass(e.type)
                .map(kind -> new Existing(kind.noun, "/edit/" + kind.segment + "/" + e.existing)).orElse(null);
    }

    /** The stored record as form values: references as slugs, citations as the cited sources' slugs. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> values(Versioned record) {
        Map<String, Object> raw = json.convertValue(record, Map.class);
        Map<String, List<String>> values = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (name.equals("citations")) {
                values.put(name, ((List<Map<String, Object>>) value).stream().map(c -> String.valueOf(c.get("source"))).toList());
            } else {
                values.put(name, List.of(value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value)));
            }
        });
        return values;
    }

    private static List<Difference> differences(Map<String, List<String>> yours, Map<String, List<String>> current) {
        List<Difference> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(current.keySet());
        yours.keySet().stream().filter(n -> !n.equals("version") && !n.startsWith("newSource") && !n.contains("csrf") && !n.equals("back")
                && !n.equals("then")).forEach(names::add);
        for (String name : names) {
            if (name.equals("version") || name.equals("id")) {
                continue;
            }
            String mine = String.join(", ", yours.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList());
            String theirs = String.join(", ", current.getOrDefault(name, List.of()));
            if (!normalise(mine).equals(normalise(theirs))) {
                out.add(new Difference(EditForm.label(name), mine.isEmpty() ? "—" : mine, theirs.isEmpty() ? "—" : theirs));
            }
        }
        return out;
    }

    private static String normalise(String s) {
        return s.replaceAll("\\.0+$", "").trim();
    }

    private String summary(Versioned record) {
        return values(record).entrySet().stream().filter(e -> !e.getKey().equals("version") && !e.getKey().equals("id"))
                .map(e -> EditForm.label(e.getKey()) + ": " + String.join(", ", e.getValue())).limit(6)
                .reduce((a, b) -> a + " · " + b).orElse("");
    }

    /** Where to go after saving: the page that shows the record. */
    private String destination(RecordKind kind, Versioned saved) {
        Map<String, List<String>> v = values(saved);
        // the kind names the page and the field that picks it: /labs/{lab}; a record without that field goes home
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(kind.page);
        if (!field.find() || first(v, field.group(1)).isEmpty()) {
            return "/";
        }
        return kind.page.substring(0, field.start())
                + java.net.URLEncoder.encode(first(v, field.group(1)), java.nio.charset.StandardCharsets.UTF_8) + kind.page.substring(field.end());
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> v = values.getOrDefault(name, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }
}
