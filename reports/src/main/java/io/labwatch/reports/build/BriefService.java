package io.labwatch.reports.build;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.labwatch.domain.brief.PublishedBrief;
import io.labwatch.domain.brief.PublishedBriefRepository;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.timetravel.AsOf;
import io.labwatch.domain.timetravel.TimeTravel;
import io.labwatch.reports.brief.Brief;
import io.labwatch.reports.brief.BriefChanges;
import io.labwatch.reports.brief.BriefFormat;
import io.labwatch.reports.brief.BriefRequest;
import io.labwatch.reports.brief.Erratum;
import io.labwatch.reports.render.CsvRenderer;
import io.labwatch.reports.render.HtmlRenderer;
import io.labwatch.reports.render.MarkdownRenderer;
import io.labwatch.reports.render.PdfRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds briefs, renders them in every format, publishes them and compares a published brief with its predecessor. */
@ApplicationScoped
public class BriefService {

    @Inject
    BriefDataLoader loader;

    @Inject
    PublishedBriefRepository published;

    @Inject
    ObjectMapper mapper;

    @Inject
    TimeTravel timeTravel;

    @Inject
    jakarta.persistence.EntityManager em;

    /**
     * Builds the brief from what Labwatch knew at the end of its as-of day: a fact corrected since then appears with
     * the value it had then (see {@link TimeTravel}).
     */
    public Brief build(BriefRequest request) {
        if (request.asOf() != null) {
            Instant knownAt = AsOf.endOf(request.asOf()).instant();
            if (knownAt.isBefore(Instant.now())) {
                return BriefBuilder.build(timeTravel.asOf(knownAt, () -> loader.load(request)));
            }
        }
        return BriefBuilder.build(loader.load(request));
    }

    /** The brief in one format, as bytes (UTF-8 for the text formats). */
    public byte[] render(Brief brief, BriefFormat format) {
        return switch (format) {
            case JSON -> json(brief).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> MarkdownRenderer.render(brief).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlRenderer.render(brief).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfRenderer.render(brief);
            case CSV -> CsvRenderer.render(brief).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * Deterministic JSON: the same brief gives the same bytes. Dates are ISO strings (the application's mapper);
     * amounts are numbers in plain digits, 900000000000 rather than 9E+11, which some readers would take for a float;
     * an empty field is left out, as in every JSON answer of the API (AnswerJson).
     */
    public String json(Brief brief) {
        try {
            return mapper.copy().setDefaultPropertyInclusion(com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
                            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL, com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS))
                    .enable(SerializationFeature.INDENT_OUTPUT).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(brief) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the brief as JSON", e);
        }
    }

    @Transactional
    public PublishedBrief publish(BriefRequest request) {
        Brief brief = build(request);
        PublishedBrief p = new PublishedBrief();
        p.audience = request.audience().name();
        p.scope = String.join(",", request.labs());
        p.periodFrom = request.from();
        p.periodTo = request.to();
        p.asOf = request.asOf();
        p.headline = brief.headline();
        p.briefJson = json(brief);
        p.dataHash = Hashes.sha256(p.briefJson);
        try {
            p.requestJson = mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        p.markdown = MarkdownRenderer.render(brief);
        p.html = HtmlRenderer.render(brief);
        p.pdf = PdfRenderer.render(brief);
        p.publishedAt = Instant.now();
        published.persist(p);
        return p;
    }

    @Transactional
    public PublishedBrief get(long id) {
        return published.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Published brief", id));
    }

    /** A published brief's stored form; readers get exactly what was published. */
    @Transactional
    public byte[] stored(long id, BriefFormat format) {
        PublishedBrief p = get(id);
        return switch (format) {
            case JSON -> p.briefJson.getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> p.markdown.getBytes(StandardCharsets.UTF_8);
            case HTML -> p.html.getBytes(StandardCharsets.UTF_8);
            case PDF -> p.pdf;
            // the appendix of the brief as published, from its stored data
            case CSV -> CsvRenderer.render(read(p.briefJson)).getBytes(StandardCharsets.UTF_8);
        };
    }

    @Transactional
    public List<PublishedBrief> recent(int limit) {
        return published.newestFirst(limit);
    }

    /** A page of the published briefs by cursor, newest first. */
    @Transactional
    public io.labwatch.domain.listing.Page<PublishedBrief> published(io.labwatch.domain.listing.ListRequest request) {
        return published.newestFirst(request);
    }

    /** Facts added, changed and removed since the previous brief published for the same audience and scope. */
    @Transactional
    public BriefChanges changes(long id) {
        PublishedBrief current = get(id);
        var previous = published.previous(current);
        List<Brief.FactKey> now = read(current.briefJson).facts();
        if (previous.isEmpty()) {
            return new BriefChanges(null, null, now, List.of(), List.of());
        }
        List<Brief.FactKey> before = read(previous.get().briefJson).facts();
        Map<String, String> then = before.stream().collect(Collectors.toMap(Brief.FactKey::key, Brief.FactKey::statement));
        Map<String, String> today = now.stream().collect(Collectors.toMap(Brief.FactKey::key, Brief.FactKey::statement));
        return new BriefChanges(previous.get().id, previous.get().publishedAt.toString(),
                now.stream().filter(f -> !then.containsKey(f.key())).toList(),
                now.stream().filter(f -> then.containsKey(f.key()) && !then.get(f.key()).equals(f.statement()))
                        .map(f -> new BriefChanges.Change(f.key(), then.get(f.key()), f.statement())).toList(),
                removals(before.stream().filter(f -> !today.containsKey(f.key())).toList()));
    }

    /** What has changed since publication in the facts a published brief states (two statements). */
    @Transactional
    public List<Erratum> errata(long id) {
        PublishedBrief p = get(id);
        List<Brief.FactKey> stated = read(p.briefJson).facts();
        if (stated == null || stated.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = factStates(stated);
        List<Erratum> out = new java.util.ArrayList<>();
        for (Brief.FactKey f : stated) {
            Object[] row = rows.get(Brief.FactKey.idOf(f.key()));
            if (row == null) {
                out.add(new Erratum(f.key(), f.statement(), "deleted", -1));
            } else if (!"CURRENT".equals(String.valueOf(row[1]))) {
                out.add(new Erratum(f.key(), f.statement(), reason(row), ((Number) row[5]).longValue()));
            } else if (instant(row[6]).isAfter(p.publishedAt)) {
                out.add(new Erratum(f.key(), f.statement(), "edited on " + io.labwatch.domain.shared.DatePrecision.DAY.display(
                        instant(row[6]).atZone(java.time.ZoneOffset.UTC).toLocalDate()) + " (its history shows the values before and after)",
                        ((Number) row[5]).longValue()));
            }
        }
        return out;
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : value instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) value;
    }

    /** Each fact no longer stated, with why: its status now (one statement for all of them). */
    private List<BriefChanges.Removal> removals(List<Brief.FactKey> gone) {
        Map<Long, Object[]> status = factStates(gone);
        return gone.stream().map(f -> new BriefChanges.Removal(f.key(), f.statement(), reason(status.get(Brief.FactKey.idOf(f.key()))))).toList();
    }

    /**
     * The facts' state now, by id, in one statement: status, its reason, the successor's id and kind, version and last edit;
     * a fact deleted since has no row.
     */
    private Map<Long, Object[]> factStates(List<Brief.FactKey> facts) {
        List<Long> ids = facts.stream().map(f -> Brief.FactKey.idOf(f.key())).filter(java.util.Objects::nonNull).toList();
        Map<Long, Object[]> rows = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select f.id, f.status, f.status_reason, f.superseded_by_id, s.kind, f.version, f.updated_at"
                    + " from fact f left join fact s on s.id = f.superseded_by_id where f.id in (:ids)").setParameter("ids", ids).getResultList();
            found.forEach(r -> rows.put(((Number) r[0]).longValue(), r));
        }
        return rows;
    }

    private static String reason(Object[] row) {
        if (row == null) {
            return "deleted";
        }
        String why = row[2] == null ? "" : ": " + row[2];
        return switch (String.valueOf(row[1])) {
            case "SUPERSEDED" -> "superseded" + (row[3] == null ? "" : " by " + io.labwatch.domain.shared.TextRules.words(String.valueOf(row[4]))
                    + " " + row[3]) + why;
            case "DENIED" -> "denied" + why;
            case "RETRACTED" -> "retracted" + why;
            default -> "no longer in the brief's scope or period";
        };
    }

    private Brief read(String json) {
        try {
            return mapper.readValue(json, Brief.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored brief is unreadable", e);
        }
    }
}
