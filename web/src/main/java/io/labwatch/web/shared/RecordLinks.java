package io.labwatch.web.shared;

import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of a record's edit, delete, history and new forms for templates ({inject:links.seg(h)}), from the
 * registry of kinds, so that every row of every kind links the same way.
 */
@Named("links")
@ApplicationScoped
public class RecordLinks {

    /** A kind whose records show on a lab's page names the field that picks the lab: "/labs/{lab}". */
    private static final java.util.regex.Pattern LAB_PAGE = java.util.regex.Pattern.compile("^/labs/\\{(\\w+)}$");

    @Inject
    RecordKinds kinds;

    /** The URL segment of an entity's kind ("hires"), or null when it is not a kind analysts edit. */
    public String seg(Object entity) {
        return entity == null ? null : kinds.ofEntity(entity).map(k -> k.segment).orElse(null);
    }

    /** The segment of the kind citations name by this type ("fundingRound" becomes "funding-rounds"). */
    public String segOfCited(String citedType) {
        return kinds.ofCitedType(citedType).map(k -> k.segment).orElse(null);
    }

    /** The segment of a timeline entry's kind: HIRE_IN and HIRE_OUT are "hires"; a source's entry has none here. */
    public String segOfEntry(String timelineKind) {
        String factKind = timelineKind.replaceAll("_(IN|OUT)$", "");
        return kinds.ofFactKind(factKind).map(k -> k.segment).orElse(null);
    }

    /** The segment of a search hit's kind: search names labs, people, moves and sources in the singular. */
    public String segOfSearchHit(String kind) {
        String segment = switch (kind) {
            case "lab" -> "labs";
            case "person" -> "people";
            case "hire" -> "hires";
            case "source" -> "sources";
            default -> kind;
        };
        return kinds.all().stream().anyMatch(k -> k.segment.equals(segment)) ? segment : null;
    }

    /**
     * The new form of a kind filled with the lab in view, for kinds whose records belong on a lab's page
     * ("/new/valuations?lab=anthropic"); null for other kinds.
     */
    public String addHref(String segment, String labSlug) {
        RecordKind kind = kinds.of(segment);
        java.util.regex.Matcher field = LAB_PAGE.matcher(kind.page);
        return field.matches() ? "/new/" + segment + "?" + field.group(1) + "=" + URLEncoder.encode(labSlug, StandardCharsets.UTF_8) : null;
    }

    /** A link to a new form: "Add an acquisition". */
    public record AddLink(String href, String label) {
    }

    /** The add links of the derived sections' kinds that belong on a lab's page, filled with the lab. */
    public java.util.List<AddLink> addLinks(java.util.List<io.labwatch.domain.profile.ProfileSection> sections, String labSlug) {
        return sections.stream().map(section -> {
            String href = addHref(section.segment(), labSlug);
            return href == null ? null : new AddLink(href, "Add " + article(section.noun()) + " " + section.noun());
        }).filter(java.util.Objects::nonNull).toList();
    }

    static String article(String noun) {
        return noun.matches("(?i)[aeiou].*") ? "an" : "a";
    }
}
