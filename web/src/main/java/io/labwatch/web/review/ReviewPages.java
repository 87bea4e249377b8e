package io.labwatch.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.review.Proposal;
import io.labwatch.domain.review.ProposalService;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.StaleVersionException;
import io.labwatch.domain.source.Source;
import io.labwatch.web.shared.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review queue: each proposed change with the sources it cites and, for an edit, the record it changes field by
 * field; another analyst approves it (it is written then) or rejects it with a note.
 */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {

    /** One field of a proposal: what is stored now (empty for a new record) and what is proposed. */
    public record Field(String label, String current, String proposed, boolean changed) {
    }

    /** A cited source as the reviewer checks it. */
    public record Cited(String outlet, String headline, String url, boolean typedInForm) {
    }

    /** A proposal as the queue shows it. */
    public record Item(Proposal proposal, String noun, boolean cites, List<Field> fields, List<Cited> sources, boolean own) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Item> pending, List<Proposal> decided, String notice, String problem);
    }

    @Inject
    ProposalService proposals;

    @Inject
    RecordKinds kinds;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    @GET
    @Transactional
    public TemplateInstance queue(@QueryParam("proposed") Long proposed, @QueryParam("decided") String decided) {
        String notice = proposed != null ? "Your change was sent for review (proposal " + proposed + "): it is published once another "
                + "analyst approves it." : decided != null ? "Done: " + decided + "." : null;
        return page(notice, null);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @FormParam("note") String note) {
        try {
            String result = proposals.approve(id, me(), note);
            return Redirect.seeOther("/review?decided=" + java.net.URLEncoder.encode("approved and published as " + result,
                    java.nio.charset.StandardCharsets.UTF_8)).build();
        } catch (InvalidInputException e) {
            return refused(words(e));
        } catch (DuplicateException | StaleVersionException | NotFoundException e) {
            return refused("Not approved: " + e.getMessage() + ". Reject it with a note, or ask the author to propose it again.");
        }
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @FormParam("note") String note) {
        try {
            proposals.reject(id, me(), note);
            return Redirect.seeOther("/review?decided=rejected").build();
        } catch (InvalidInputException e) {
            return refused(words(e));
        }
    }

    /** Why a decision was refused: "reviewer cannot approve their own proposal: ...". */
    private static String words(InvalidInputException e) {
        return e.errors.stream().map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse(e.getMessage());
    }

    private Response refused(String problem) {
        return Response.status(409).entity(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> page(null, problem))).build();
    }

    private TemplateInstance page(String notice, String problem) {
        List<Proposal> pending = proposals.pending();
        Map<String, Source> sources = sources(pending);
        List<Item> items = new ArrayList<>();
        for (Proposal p : pending) {
            // a proposal of a kind Labwatch no longer has is still shown (by its segment), with what it proposed
            RecordKind kind = kinds.all().stream().filter(k -> k.segment.equals(p.kind)).findFirst().orElse(null);
            JsonNode proposed = read(p.record);
            JsonNode current = p.isNew() || kind == null ? null : currentOf(kind, p.targetKey);
            items.add(new Item(p, kind == null ? p.kind : kind.noun, kind == null || kind.cites(), fields(kind, proposed, current),
                    cited(proposed, p, sources), p.author.equals(me())));
        }
        return Templates.queue(items, proposals.decided(20), notice, problem);
    }

    private JsonNode currentOf(RecordKind kind, String key) {
        try {
            return json.valueToTree(kind.store().get(key));
        } catch (NotFoundException e) {
            return json.createObjectNode();
        }
    }

    /** Every field either side names, but ids and versions; citations as the sources' slugs. */
    private static List<Field> fields(RecordKind kind, JsonNode proposed, JsonNode current) {
        Set<String> names = new LinkedHashSet<>();
        proposed.fieldNames().forEachRemaining(names::add);
        if (current != null) {
            current.fieldNames().forEachRemaining(names::add);
        }
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            if (name.equals("id") || name.equals("version") || name.equals("grade")) {
                continue;
            }
            String mine = text(kind, name, proposed.get(name));
            String theirs = current == null ? "" : text(kind, name, current.get(name));
            if (!mine.isEmpty() || !theirs.isEmpty()) {
                fields.add(new Field(io.labwatch.web.shared.Words.label(name), theirs, mine, current != null && !mine.equals(theirs)));
            }
        }
        return fields;
    }

    private static String text(RecordKind kind, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.has("source") ? v.get("source").asText() : v.asText()));
            return String.join(", ", parts);
        }
        String text = io.labwatch.domain.review.ProposedValue.text(kind, name, value);
        // constants in words, as the forms show them: COMPUTE_PROVIDER is "Compute provider"
        return text.matches("[A-Z][A-Z0-9_]+") ? io.labwatch.web.shared.Words.label(text) : text;
    }

    /** The sources every pending proposal cites, in one statement. */
    private Map<String, Source> sources(List<Proposal> pending) {
        Set<String> slugs = new LinkedHashSet<>();
        pending.forEach(p -> read(p.record).path("citations").forEach(c -> slugs.add(c.path("source").asText())));
        Map<String, Source> bySlug = new LinkedHashMap<>();
        if (!slugs.isEmpty()) {
            em.createQuery("from Source s where s.slug in :slugs", Source.class).setParameter("slugs", slugs).getResultList()
                    .forEach(s -> bySlug.put(s.slug, s));
        }
        return bySlug;
    }

    private List<Cited> cited(JsonNode proposed, Proposal p, Map<String, Source> sources) {
        List<Cited> cited = new ArrayList<>();
        JsonNode typed = p.newSource == null ? null : read(p.newSource);
        proposed.path("citations").forEach(c -> {
            String slug = c.path("source").asText();
            Source s = sources.get(slug);
            if (s != null) {
                cited.add(new Cited(s.outlet, s.headline, s.url, false));
            } else if (typed != null && slug.equals(typed.path("slug").asText())) {
                cited.add(new Cited(typed.path("outlet").asText(), typed.path("headline").asText(), typed.path("url").asText(null), true));
            }
        });
        return cited;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
