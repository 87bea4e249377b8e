package io.labwatch.web.brief;

import io.labwatch.domain.brief.PublishedBrief;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.reports.brief.Audience;
import io.labwatch.reports.brief.BriefChanges;
import io.labwatch.reports.brief.BriefFormat;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.build.BriefService;
import io.labwatch.reports.delivery.BriefSubscriptions;
import io.labwatch.web.form.FormErrors;
import io.labwatch.web.shared.Redirect;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Briefs page: build a brief for an audience, preview and download it in each format, publish it. */
@Path("/briefs")
public class BriefPages {

    /** The form's values as typed, so that a form with errors comes back as it was sent. */
    public record BriefForm(String audience, List<String> labs, String from, String to, String asOf, String minimumGrade) {
        public boolean has(String slug) {
            return labs.contains(slug);
        }

        String query() {
            return "audience=" + audience + labs.stream().map(l -> "&labs=" + l).collect(Collectors.joining())
                    + "&from=" + from + "&to=" + to + "&asOf=" + asOf + (minimumGrade == null || minimumGrade.isBlank() ? "" : "&minimumGrade=" + minimumGrade);
        }
    }

    /** The period the form offers first: the demo article's month. */
    private static final String DEFAULT_FROM = "2026-05-01";
    private static final String DEFAULT_TO = "2026-05-31";

    /** The subscription form's values as typed. */
    public record SubscribeForm(String email, String cadence) {
        static final SubscribeForm EMPTY = new SubscribeForm("", "WEEKLY");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(BriefForm form, List<Lab> allLabs, Audience[] audiences,
                io.labwatch.domain.source.Reliability[] grades, FormErrors errors,
                List<PublishedBrief> published, String previewQuery, String previewHtml, SubscribeForm subscribe,
                FormErrors subscribeErrors, List<BriefSubscriptions.View> subscriptions);

        static native TemplateInstance published(PublishedBrief brief, BriefChanges changes, String bodyHtml, List<io.labwatch.reports.brief.Erratum> errata);

        static native TemplateInstance unsubscribe(BriefSubscriptions.View subscription, String token, boolean done);
    }

    @Inject
    BriefSubscriptions subscriptions;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    BriefService briefs;

    @Inject
    LabRepository labs;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response index(@QueryParam("audience") String audience, @QueryParam("labs") List<String> labSlugs,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("asOf") String asOf,
            @QueryParam("minimumGrade") String minimumGrade) {
        BriefForm form = new BriefForm(audience == null ? "INVESTOR" : audience, labSlugs == null || labSlugs.isEmpty()
                ? List.of("anthropic") : labSlugs, from == null ? DEFAULT_FROM : from, to == null ? DEFAULT_TO : to,
                asOf == null ? DEFAULT_TO : asOf, minimumGrade);
        return page(form, audience != null, SubscribeForm.EMPTY, FormErrors.NONE);
    }

    private Response page(BriefForm form, boolean submitted, SubscribeForm subscribe, FormErrors subscribeErrors) {
        FormErrors errors = FormErrors.NONE;
        String preview = null;
        String previewHtml = null;
        if (submitted) {
            try {
                previewHtml = body(new String(briefs.render(briefs.build(request(form)), BriefFormat.HTML), java.nio.charset.StandardCharsets.UTF_8));
                preview = form.query();
            } catch (InvalidInputException e) {
                errors = new FormErrors(e.errors);
            }
        }
        TemplateInstance page = Templates.index(form, labs.listAll(io.quarkus.panache.common.Sort.by("name")), Audience.values(),
                io.labwatch.domain.source.Reliability.values(), errors, briefs.recent(20), preview, previewHtml, subscribe, subscribeErrors,
                identity.isAnonymous() ? List.of() : subscriptions.of(identity.getPrincipal().getName()));
        return Response.status(!errors.isEmpty() ? 400 : !subscribeErrors.isEmpty() ? 422 : 200).entity(page).build();
    }

    /** Subscribes the signed-in user to the brief on screen (audience and labs), weekly or monthly, by email. */
    @POST
    @Path("/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@FormParam("audience") String audience, @FormParam("labs") List<String> labSlugs,
            @FormParam("email") String email, @FormParam("cadence") String cadence) {
        List<String> chosen = labSlugs == null ? List.of() : labSlugs;
        try {
            subscriptions.subscribe(identity.getPrincipal().getName(), email, audience, chosen, cadence);
        } catch (InvalidInputException e) {
            BriefForm form = new BriefForm(audience == null ? "INVESTOR" : audience, chosen, DEFAULT_FROM, DEFAULT_TO, DEFAULT_TO, null);
            return page(form, false, new SubscribeForm(email == null ? "" : email, cadence == null ? "WEEKLY" : cadence), new FormErrors(e.errors));
        }
        return Redirect.seeOther("/briefs#subscriptions-title").build();
    }

    @POST
    @Path("/subscriptions/{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        subscriptions.cancel(identity.getPrincipal().getName(), id);
        return Redirect.seeOther("/briefs#subscriptions-title").build();
    }

    /** The link in every scheduled email: what the subscription is, and one button to end it; no sign-in needed. */
    @GET
    @Path("/unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribePage(@PathParam("token") String token) {
        return subscriptions.byToken(token).map(s -> Response.ok(Templates.unsubscribe(s, token, !s.active())).build())
                .orElseGet(() -> Response.status(404).entity(Templates.unsubscribe(null, token, false)).build());
    }

    /** One click: from the page's button, or a mail client's RFC 8058 one-click POST. */
    @POST
    @Path("/unsubscribe/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe(@PathParam("token") String token) {
        if (!subscriptions.unsubscribe(token)) {
            return Response.status(404).entity(Templates.unsubscribe(null, token, false)).build();
        }
        return Response.ok(Templates.unsubscribe(subscriptions.byToken(token).orElseThrow(), token, true)).build();
    }

    /** The brief itself, in one format: HTML to read in the browser, the others as downloads. */
    @GET
    @Path("/view")
    public Response view(@QueryParam("audience") String audience, @QueryParam("labs") List<String> labSlugs,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("asOf") String asOf,
            @QueryParam("format") String format, @QueryParam("minimumGrade") String minimumGrade) {
        BriefFormat chosen = BriefFormat.require(format == null ? "html" : format, "format");
        BriefForm form = new BriefForm(audience, labSlugs == null ? List.of() : labSlugs, from, to, asOf, minimumGrade);
        byte[] body = briefs.render(briefs.build(request(form)), chosen);
        return download(body, chosen, "brief");
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@FormParam("audience") String audience, @FormParam("labs") List<String> labSlugs,
            @FormParam("from") String from, @FormParam("to") String to, @FormParam("asOf") String asOf,
            @FormParam("minimumGrade") String minimumGrade) {
        PublishedBrief p = briefs.publish(request(new BriefForm(audience, labSlugs == null ? List.of() : labSlugs, from, to, asOf, minimumGrade)));
        return Redirect.seeOther("/briefs/published/" + p.id).build();
    }

    @GET
    @Path("/published/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance published(@PathParam("id") long id) {
        PublishedBrief brief = briefs.get(id);
        return Templates.published(brief, briefs.changes(id), body(brief.html), briefs.errata(id));
    }

    @GET
    @Path("/published/{id}/{format}")
    public Response publishedAs(@PathParam("id") long id, @PathParam("format") String format) {
        BriefFormat chosen = BriefFormat.require(format, "format");
        return download(briefs.stored(id, chosen), chosen, "brief-" + id);
    }

    /** The brief's content without its document shell, to show inside a page (the page's styles apply). */
    static String body(String html) {
        int start = html.indexOf("<body>");
        int end = html.lastIndexOf("</body>");
        return start < 0 || end < 0 ? "" : html.substring(start + "<body>".length(), end);
    }

    private static Response download(byte[] body, BriefFormat format, String name) {
        String disposition = format == BriefFormat.HTML ? "inline" : "attachment";
        return Response.ok(body).type(format.mediaType + (format == BriefFormat.PDF ? "" : ";charset=UTF-8"))
                .header("Content-Disposition", disposition + "; filename=\"" + name + "." + format.extension + "\"").build();
    }

    static BriefRequest request(BriefForm form) {
        List<FieldError> errors = new ArrayList<>();
        Audience audience = null;
        try {
            audience = form.audience() == null ? null : Audience.valueOf(form.audience());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("audience", "must be one of investor, enterprise buyer, regulator, competitor"));
        }
        LocalDate from = date(form.from(), "from", errors);
        LocalDate to = date(form.to(), "to", errors);
        LocalDate asOf = date(form.asOf(), "asOf", errors);
        io.labwatch.domain.source.Reliability grade = null;
        if (form.minimumGrade() != null && !form.minimumGrade().isBlank()) {
            try {
                grade = io.labwatch.domain.source.Reliability.valueOf(form.minimumGrade().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("minimumGrade", "must be a grade from A to F, or none"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new BriefRequest(audience, form.labs(), from, to, asOf, grade);
    }

    private static LocalDate date(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
