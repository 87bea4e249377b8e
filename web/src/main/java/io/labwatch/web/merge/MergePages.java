package io.labwatch.web.merge;

import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.merge.MergeService;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Merging a duplicate lab, person or source into the record it duplicates: choose the duplicate, see what moves,
 * confirm; every merge into a record is listed on this page with its undo. Sources are offered by their address: the
 * other sources at the same one, and a list of every address that more than one source has.
 */
@Path("/merge")
@Produces(MediaType.TEXT_HTML)
public class MergePages {

    /** A record that can be chosen as the duplicate. */
    public record Choice(String slug, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(RecordKind kind, String slug, String name, List<Choice> choices, String chosen,
                MergeService.Preview preview, List<MergeService.Done> done, String notice, String problem);

        static native TemplateInstance sourceDuplicates(List<SharedAddress> addresses);
    }

    /** Sources that share an address: the first entered, then the others. */
    public record SharedAddress(String address, List<Choice> sources) {
    }

    @Inject
    io.labwatch.domain.exchange.LookAlikes lookAlikes;

    @Inject
    MergeService merges;

    @Inject
    RecordKinds kinds;

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{kind}/{slug}")
    @Transactional
    public TemplateInstance form(@PathParam("kind") String segment, @PathParam("slug") String slug, @QueryParam("merged") String merged,
            @QueryParam("notice") String notice) {
        return page(segment, slug, merged, notice, null);
    }

    /** Every address that more than one source has (at most 100, oldest first): each a merge waiting to be made. */
    @GET
    @Path("sources")
    @Transactional
    @SuppressWarnings("unchecked")
    public TemplateInstance sourceDuplicates() {
        List<Object[]> rows = em.createNativeQuery("select source_address(url), string_agg(slug, ' ' order by id),"
                + " string_agg(outlet || ': ' || headline, '\u001f' order by id) from source where url is not null"
                + " group by source_address(url) having count(*) > 1 order by min(id) limit 100").getResultList();
        return Templates.sourceDuplicates(rows.stream().map(r -> {
            String[] slugs = ((String) r[1]).split(" ");
            String[] labels = ((String) r[2]).split("\u001f", -1);
            List<Choice> sources = new java.util.ArrayList<>();
            for (int i = 0; i < slugs.length; i++) {
                sources.add(new Choice(slugs[i], i < labels.length ? labels[i] : slugs[i]));
            }
            return new SharedAddress((String) r[0], sources);
        }).toList());
    }

    @POST
    @Path("{kind}/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("kind") String segment, @PathParam("slug") String slug, @FormParam("merged") String merged) {
        try {
            merges.merge(segment, slug, merged == null ? "" : merged, identity.getPrincipal().getName());
            return Redirect.seeOther("/merge/" + segment + "/" + slug + "?notice=" + URLEncoder.encode("Merged " + merged + " into "
                    + slug + ": its facts, citations and follows are here now, and its address leads here.", StandardCharsets.UTF_8)).build();
        } catch (InvalidInputException | NotFoundException e) {
            String problem = problem(e);
            return Response.status(409).entity(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> page(segment, slug, merged, null, problem))).build();
        }
    }

    @POST
    @Path("undo/{id}")
    public Response undo(@PathParam("id") long id) {
        try {
            MergeService.Undone undone = merges.undo(id, identity.getPrincipal().getName());
            return Redirect.seeOther("/merge/" + undone.kind() + "/" + undone.keptSlug() + "?notice=" + URLEncoder.encode("Undone: "
                    + undone.restoredSlug() + " is back with the rows the merge had moved.", StandardCharsets.UTF_8)).build();
        } catch (InvalidInputException | io.labwatch.domain.shared.DuplicateException e) {
            throw new jakarta.ws.rs.ClientErrorException(e instanceof InvalidInputException invalid
                    ? "This merge " + invalid.errors.get(0).message() + "." : "Cannot undo: " + e.getMessage(), 409);
        }
    }

    private TemplateInstance page(String segment, String slug, String merged, String notice, String problem) {
        if (segment == null || !MergeService.KINDS.contains(segment)) {
            throw new NotFoundException("Kind of record that can be merged", segment);
        }
        RecordKind kind = kinds.of(segment);
        long id = kind.store().idOf(slug);
        String entity = kind.entityClass.getSimpleName();
        String name;
        List<Choice> choices;
        if (segment.equals("sources")) {
            Object[] source = em.createQuery("select s.outlet || ': ' || s.headline, s.url from Source s where s.id = :id", Object[].class)
                    .setParameter("id", id).getSingleResult();
            name = (String) source[0];
            choices = lookAlikes.sources((String) source[1], slug).stream().map(m -> new Choice(m.slug(), m.name())).toList();
        } else {
            name = em.createQuery("select e.name from " + entity + " e where e.id = :id", String.class).setParameter("id", id).getSingleResult();
            choices = em.createQuery("select e.slug, e.name from " + entity + " e where e.id <> :id order by lower(e.name)", Object[].class)
                    .setParameter("id", id).getResultList().stream().map(r -> new Choice((String) r[0], (String) r[1])).toList();
        }
        MergeService.Preview preview = null;
        if (merged != null && !merged.isBlank() && problem == null) {
            try {
                preview = merges.preview(segment, slug, merged);
            } catch (InvalidInputException | NotFoundException e) {
                problem = problem(e);
            }
        }
        return Templates.merge(kind, slug, name, choices, merged, preview, merges.into(segment, id), notice, problem);
    }

    /** Why a merge cannot be made, in the words the merge gave. */
    private static String problem(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.errors.get(0).message() : e.getMessage();
    }
}
