package io.labwatch.web.history;

import io.labwatch.domain.shared.AuditTrail;
import io.labwatch.domain.audit.History;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.shared.StaleVersionException;
import io.labwatch.web.shared.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A record's history as a readable list of changes, with a way back to earlier values. */
@Path("/history/{kind}/{key}")
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    @jakarta.inject.Inject
    io.labwatch.domain.exchange.RecordKinds kinds;


    /** One change, with only the fields that changed. */
    public record Change(AuditTrail.Entry entry, String sentence, List<FieldChange> fields, boolean restorable) {
    }

    /** A field before and after, and the change in words: "Value changed from $850B to $900B". */
    public record FieldChange(String field, String before, String after, String sentence) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(RecordKind kind, String key, List<Change> changes, long currentVersion, String message);
    }

    @Inject
    History history;

    @GET
    public TemplateInstance read(@PathParam("kind") String kind, @PathParam("key") String key) {
        return page(kinds.of(kind), key, null);
    }

    @POST
    @Path("/{entry}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("kind") String kind, @PathParam("key") String key, @PathParam("entry") long entry,
            @FormParam("version") long version) {
        RecordKind k = kinds.of(kind);
        try {
            history.restore(k, key, entry, version);
            return Redirect.seeOther("/history/" + kind + "/" + key).build();
        } catch (StaleVersionException e) {
            return Response.status(409).entity(page(k, key, e.getMessage())).build();
        }
    }

    private TemplateInstance page(RecordKind kind, String key, String message) {
        List<AuditTrail.Entry> entries = history.of(kind, key);
        List<Change> changes = entries.stream().map(e -> change(kind, e)).toList();
        long version = entries.isEmpty() || entries.get(0).after() == null ? 0
                : ((Number) entries.get(0).after().getOrDefault("version", 0)).longValue();
        return Templates.history(kind, key, changes, version, message);
    }

    /** What an action did, in words. */
    private static final Map<String, String> DONE = Map.of("CREATE", "created", "UPDATE", "changed", "DELETE", "deleted",
            "RESTORE", "restored to earlier values", "MERGE", "merged with a duplicate", "UNMERGE", "separated again from a merged duplicate",
            "PROPOSE", "proposed", "APPROVE", "approved", "REJECT", "rejected", "IMPORT", "changed by an import");

    static Change change(RecordKind kind, AuditTrail.Entry e) {
        Map<String, Object> before = e.before() == null ? Map.of() : e.before();
        Map<String, Object> after = e.after() == null ? Map.of() : e.after();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.remove("version");
        List<FieldChange> fields = new ArrayList<>();
        boolean merge = e.action().equals("MERGE") || e.action().equals("UNMERGE");
        for (String name : names) {
            Object b = before.get(name);
            Object a = after.get(name);
            if (!Objects.equals(b, a) && !(merge && name.equals("record"))) {
                String label = io.labwatch.web.shared.Words.label(name);
                String was = shown(kind, name, b);
                String now = shown(kind, name, a);
                String sentence = b == null ? label + " set to " + now : a == null ? label + " cleared (was " + was + ")"
                        : label + " changed from " + was + " to " + now;
                fields.add(new FieldChange(label, was, now, sentence));
            }
        }
        String sentence = Character.toUpperCase(kind.noun.charAt(0)) + kind.noun.substring(1) + " " + DONE.getOrDefault(e.action(),
                e.action().toLowerCase(java.util.Locale.ROOT)) + " by " + e.actor() + " on "
                + io.labwatch.domain.shared.DatePrecision.DAY.display(e.at().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        // any change's earlier values can be brought back, the newest included (that undoes it); not a deletion's or a merge's
        boolean restorable = Set.of("CREATE", "UPDATE", "RESTORE", "IMPORT").contains(e.action());
        return new Change(e, sentence, fields, restorable);
    }

    /** A stored value as a reader reads it: money in dollars with its unit ("$900B"), constants in words, "—" for none. */
    private static String shown(RecordKind kind, String name, Object value) {
        if (value == null) {
            return "—";
        }
        if (io.labwatch.web.edit.FieldReader.isMoney(kind, name)) {
            try {
                java.math.BigDecimal amount = new java.math.BigDecimal(value.toString());
                String compact = io.labwatch.domain.figures.Money.compact(amount);
                String exact = java.text.NumberFormat.getIntegerInstance(java.util.Locale.US).format(amount);
                // the compact figure rounds; the exact one is kept beside it where they differ
                return amount.stripTrailingZeros().scale() <= 0 && compactIsExact(compact, amount) ? compact : compact + " (" + exact + ")";
            } catch (NumberFormatException e) {
                return value.toString();
            }
        }
        String text = value.toString();
        return text.matches("[A-Z][A-Z0-9_]+") ? io.labwatch.web.shared.Words.label(text) : text;
    }

    private static boolean compactIsExact(String compact, java.math.BigDecimal amount) {
        return io.labwatch.domain.figures.MoneyInput.read(compact).value().map(v -> v.compareTo(amount) == 0).orElse(false);
    }
}
