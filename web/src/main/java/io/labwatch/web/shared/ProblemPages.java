package io.labwatch.web.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.web.edit.EditPages;
import io.labwatch.web.session.StaleFormException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Failures of web pages as pages of the site: a problem document (RFC 9457, as the API's errors are) answering a page
 * of the site becomes the site's error page with the same status, in words a reader can act on; and a form refused for
 * its token comes back with what was typed.
 */
public class ProblemPages {

    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    /** A field at fault, in words. */
    public record Fault(String field, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(int status, String heading, String detail, List<Fault> faults, String existing,
                String advice);
    }

    @Inject
    ObjectMapper json;

    @Inject
    EditPages editPages;

    /** A problem document answering a page of the site becomes the site's page for it. */
    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() < 400 || response.getEntity() == null || response.getMediaType() == null
                || !response.getMediaType().isCompatible(PROBLEM) || !isPage(path)) {
            return;
        }
        JsonNode problem = json.valueToTree(response.getEntity());
        List<Fault> faults = new ArrayList<>();
        // a page's problems are its address's parameters (forms show their own errors): named as in the address
        problem.path("errors").forEach(e -> faults.add(new Fault(e.path("field").asText(), e.path("message").asText())));
        String existing = problem.path("existing").asText(null);
        if (existing != null) {
            existing = CurrentUser.canEdit() && existing.startsWith("/api/") ? "/edit/" + existing.substring("/api/".length()) : null;
        }
        int status = response.getStatus();
        response.setEntity(Templates.problem(status, heading(status), problem.path("detail").asText(""), faults, existing, advice(status))
                .render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /**
     * A form sent with a token that no longer holds: an edit form comes back with what was typed, to be sent again;
     * any other form gets a page saying nothing was done.
     */
    @ServerExceptionMapper
    public Response staleForm(StaleFormException e, HttpServerRequest request) {
        String notice = "Nothing was saved: this form had expired (you signed in again, or it was not sent by Labwatch). "
                + "Your values are below: check them and save again.";
        TemplateInstance form = editPages.staleForm(request.path(), e.values, notice);
        if (form != null) {
            return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(form.render()).build();
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", "Form expired");
        problem.put("status", 403);
        problem.put("detail", e.getMessage() + " Go back, reload the page and try again.");
        return Response.status(403).type(PROBLEM).entity(problem).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    static boolean isPage(String path) {
        return !path.startsWith("/api") && !path.startsWith("/q/");
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "That request could not be read";
            case 403 -> "You cannot do that here";
            case 404 -> "There is nothing at this address";
            case 405 -> "That cannot be done to this page";
            case 409 -> "That clashes with what is stored";
            case 413 -> "That is too large";
            case 415, 422 -> "That could not be saved";
            case 429 -> "Too many requests";
            case 503 -> "Labwatch cannot reach its database";
            default -> status >= 500 ? "Something went wrong on our side" : "That request was refused";
        };
    }

    private static String advice(int status) {
        return switch (status) {
            case 403 -> CurrentUser.canEdit() ? "If you think you should be able to, ask an administrator."
                    : "Editing needs the analyst role. Readers can read every page; ask an administrator if you need to edit.";
            case 404 -> "The record may have been renamed, merged or deleted. Search for it, or start from the labs.";
            case 429 -> "Wait a moment and try again.";
            default -> status >= 500 ? "Nothing was changed. Try again shortly; if it happens again, tell an administrator." : null;
        };
    }
}
