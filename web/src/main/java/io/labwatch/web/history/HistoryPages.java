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
import java.util.TreeSet;

/** A record's history as a readable list of changes, with a way back to earlier values. */
@Path("/history/{kind}/{key}")
@Produces(MediaType.TEXT_HTML)
public class HistoryPages {

    @jakarta.inject.Inject
    io.labwatch.domain.exchange.RecordKinds kinds;


    /** One change, with only the fields that changed. */
    public record Change(AuditTrail.Entry entry, List<FieldChange> fields) {
    }

    /** A field before and after. */
    public record FieldChange(String field, String before, String after) {
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
        List<Change> changes = entries.stream().map(HistoryPages::change).toList();
        long version = entries.isEmpty() || entries.get(0).after() == null ? 0
                : ((Number) entries.get(0).after().getOrDefault("version", 0)).longValue();
        return Templates.history(kind, key, changes, version, message);
    }

    static Change change(AuditTrail.Entry e) {
        Map<String, Object> before = e.before() == null ? Map.of() : e.before();
        Map<String, Object> after = e.after() == null ? Map.of() : e.after();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.remove("version");
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names) {
            Object b = before.get(name);
            Object a = after.get(name);
            if (!Objects.equals(b, a)) {
                fields.add(new FieldChange(name, b == null ? "—" : b.toString(), a == null ? "—" : a.toString()));
            }
        }
        return new Change(e, fields);
    }
}
