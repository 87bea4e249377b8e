package io.labwatch.domain.epoch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.DraftFactory;
import io.labwatch.domain.exchange.ImportRejectedException;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.exchange.RecordStore;
import io.labwatch.domain.exchange.RowError;
import io.labwatch.domain.exchange.SourceRecord;
import io.labwatch.domain.exchange.SourceStore;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports an Epoch AI file by diffing it against what Labwatch holds. In one transaction: every row is typed and its
 * organisations matched (any problem rejects the file, listing every one with its line); each proposed record is
 * compared with the stored one of the same natural key, and is created, changed (an update with history, because
 * Epoch revises its values between releases) or left as it is. A dry run does all of it and rolls back, so its report
 * is exactly what applying would do.
 */
@ApplicationScoped
public class EpochImporter {

    private static final Set<String> NOT_COMPARED = Set.of("id", "version", "citations");

    @Inject
    Instance<EpochDataset> datasets;

    @Inject
    DraftFactory drafts;

    @Inject
    SourceStore sources;

    @Inject
    RecordKinds kinds;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionManager transactions;

    /** The datasets by name, for messages and the API document. */
    public List<String> names() {
        return datasets.stream().map(d -> d.name).sorted().toList();
    }

    @Transactional
    public EpochReport run(String name, EpochTable table, LocalDate retrievedOn, boolean dryRun) {
        EpochDataset dataset = datasets.stream().filter(d -> d.name.equals(name)).findFirst().orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("dataset", "'" + name + "' is not an Epoch AI dataset Labwatch reads: " + String.join(", ", names())))));
        List<RowError> errors = new ArrayList<>();
        for (String column : dataset.required) {
            if (!table.header().contains(column)) {
                errors.add(new RowError(name, 1, column, "is missing: the file needs the columns " + String.join(", ", dataset.required)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        List<String> ignored = table.header().stream().filter(c -> !dataset.required.contains(c) && !dataset.optional.contains(c)
                && !EpochRow.SOURCE_COLUMN.matcher(c.trim()).matches()).toList();
        String citedAs = "Epoch AI, " + dataset.hub + ", epoch.ai/data/" + dataset.hubPath + " (CC BY 4.0), retrieved " + io.labwatch.domain.shared.DatePrecision.DAY.display(retrievedOn);
        CitationRecord hub = new CitationRecord(hubSource(dataset, retrievedOn), citedAs);

        Map<String, Optional<String>> labs = new HashMap<>();
        Map<String, String> sourceSlugs = new HashMap<>();
        List<EpochRow> rows = new ArrayList<>();
        Map<String, List<Integer>> unmatched = new LinkedHashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            EpochRow row = new EpochRow(i + 2, retrievedOn, table.rows().get(i), name, n -> labs.computeIfAbsent(n.toLowerCase(java.util.Locale.ROOT),
                    k -> lab(n)), url -> sourceSlugs.computeIfAbsent(url, this::rowSource), hub);
            dataset.read(row);
            errors.addAll(row.errors);
            row.unmatched.forEach(n -> unmatched.computeIfAbsent(n, k -> new ArrayList<>()).add(row.line));
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }

        List<EpochReport.Change> created = new ArrayList<>();
        List<EpochReport.Change> changed = new ArrayList<>();
        List<EpochReport.Skip> skipped = new ArrayList<>();
        Map<String, Integer> lineOfRecord = new HashMap<>();
        int unchanged = 0;
        for (EpochRow row : rows) {
            if (row.skipped != null && row.proposals.isEmpty()) {
                skipped.add(new EpochReport.Skip(row.line, row.skipped));
                continue;
            }
            for (EpochRow.Proposal p : row.proposals) {
                try {
                    switch (apply(row.line, p, created, changed, lineOfRecord, dryRun)) {
                        case UNCHANGED -> unchanged++;
                        default -> { }
                    }
                } catch (InvalidInputException e) {
                    e.errors.forEach(fe -> errors.add(new RowError(name, row.line, fe.field(), fe.message())));
                } catch (DuplicateException e) {
                    if (e.fields.isEmpty()) {
                        errors.add(new RowError(name, row.line, "", e.getMessage()));
                    }
                    e.fields.forEach(f -> errors.add(new RowError(name, row.line, f, e.messageFor(f))));
                } catch (DomainException e) {
                    errors.add(new RowError(name, row.line, "", e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (dryRun) {
            rollbackOnly();
        }
        return new EpochReport(name, citedAs, dryRun, table.rows().size(), created, changed, unchanged, skipped,
                unmatched.entrySet().stream().map(e -> new EpochReport.Unmatched(e.getKey(), e.getValue())).toList(), ignored,
                EpochConfidence.RULE);
    }

    private enum Outcome { CREATED, CHANGED, UNCHANGED }

    /** Creates the proposed record, updates the stored one where a compared field differs, or leaves it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome apply(int line, EpochRow.Proposal p, List<EpochReport.Change> created, List<EpochReport.Change> changed,
            Map<String, Integer> lineOfRecord, boolean dryRun) throws DomainException {
        RecordStore store = p.store();
        var kind = kinds.all().stream().filter(k -> k.recordType == p.record().getClass()).findFirst().orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        Optional<Object> twin = store.twin(p.record(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ObjectNode proposed = json.valueToTree(p.record());
        if (twin.isEmpty()) {
            Object stored = store.create(p.record());
            ObjectNode now = json.valueToTree(stored);
            lineOfRecord.put(kind.segment + "/" + key(kind.bySlug, now), line);
            // an id taken in a dry run is rolled back with it: only a slug names the record to come
            created.add(new EpochReport.Change(line, kind.segment, dryRun && !kind.bySlug ? null : key(kind.bySlug, now), p.what(), Map.of()));
            return Outcome.CREATED;
        }
        ObjectNode held = json.valueToTree(twin.get());
        // a record an earlier line of this file wrote or matched: two lines with one natural key would otherwise take
        // turns overwriting each other on every import
        Integer earlier = lineOfRecord.putIfAbsent(kind.segment + "/" + key(kind.bySlug, held), line);
        if (earlier != null && earlier != line) {
            throw new InvalidInputException(List.of(new FieldError("", "repeats line " + earlier + ": the same " + kind.keyWords
                    + " (Labwatch keeps one " + p.what() + " for it)")));
        }
        Map<String, EpochReport.Values> differences = new LinkedHashMap<>();
        ObjectNode merged = held.deepCopy();
        proposed.fields().forEachRemaining(f -> {
            if (!NOT_COMPARED.contains(f.getKey()) && !f.getValue().isNull() && !same(held.get(f.getKey()), f.getValue())) {
                differences.put(f.getKey(), new EpochReport.Values(plain(held.get(f.getKey())), plain(f.getValue())));
                merged.set(f.getKey(), f.getValue());
            }
        });
        if (differences.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (merged.has("citations") && proposed.has("citations")) {
            ArrayNode cites = (ArrayNode) merged.get("citations");
            Set<String> citedSources = new LinkedHashSet<>();
            cites.forEach(c -> citedSources.add(c.path("source").asText()));
            proposed.get("citations").forEach(c -> {
                if (!citedSources.contains(c.path("source").asText())) {
                    cites.add(c);
                }
            });
        }
        String key = key(kind.bySlug, held);
        store.update(key, held.path("version").asLong(), json.convertValue(merged, p.record().getClass()));
        changed.add(new EpochReport.Change(line, kind.segment, key, p.what(), differences));
        return Outcome.CHANGED;
    }

    private static String key(boolean bySlug, JsonNode record) {
        return bySlug ? record.path("slug").asText() : record.path("id").asText();
    }

    /** Numbers compare by value (3000000000.0 is 3000000000), everything else by its JSON text. */
    private static boolean same(JsonNode held, JsonNode proposed) {
        if (held == null || held.isNull()) {
            return false;
        }
        if (held.isNumber() && proposed.isNumber()) {
            return held.decimalValue().compareTo(proposed.decimalValue()) == 0;
        }
        return held.asText().equals(proposed.asText());
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.isBoolean() ? node.booleanValue() : node.asText();
    }

    /** The slug of the lab a name names (by name, alias, Epoch name, Wikidata id or website); none when no lab or several do. */
    private Optional<String> lab(String name) {
        List<FieldError> errors = new ArrayList<>();
        Lab lab = drafts.lab("company", name, false, errors);
        return lab == null ? Optional.empty() : Optional.of(lab.slug);
    }

    /**
     * The hub as retrieved that day, as a source made on first import: "Epoch AI, AI Companies data hub (CC BY 4.0),
     * retrieved 1 December 2026", so that every brief's source list carries the licence and the version of the data.
     */
    private String hubSource(EpochDataset dataset, LocalDate retrievedOn) {
        String url = "https://epoch.ai/data/" + dataset.hubPath + "#retrieved-" + retrievedOn;
        return sourceByUrl(url).orElseGet(() -> sources.create(new SourceRecord("epoch-ai-" + dataset.hubPath + "-" + retrievedOn, "Epoch AI",
                "Epoch AI, " + dataset.hub + " data hub (CC BY 4.0), retrieved " + io.labwatch.domain.shared.DatePrecision.DAY.display(retrievedOn), url, null, null, "Open dataset, licensed CC BY 4.0",
                null, null, null, null)).slug());
    }

    /** A row's source URL as a source: the one Labwatch holds with that URL, or a new one whose outlet is the URL's site. */
    private String rowSource(String url) {
        return sourceByUrl(url).orElseGet(() -> {
            String site = url.replaceFirst("^https?://", "").replaceFirst("[/?#].*$", "").replaceFirst("^www\\.", "").toLowerCase(java.util.Locale.ROOT);
            String slug = (site.replaceAll("[^a-z0-9]+", "-") + "-" + digest(url)).replaceAll("(^-|-$)", "");
            String headline = url.length() > 480 ? url.substring(0, 480) : url;
            return sources.create(new SourceRecord(slug.length() > 80 ? slug.substring(slug.length() - 80).replaceAll("^-", "") : slug, site,
                    headline, url, null, null, "Cited by Epoch AI", null, null, null, null)).slug();
        });
    }

    private Optional<String> sourceByUrl(String url) {
        return em.createQuery("select s from Source s where s.url = :url", Source.class).setParameter("url", url).getResultStream()
                .findFirst().map(s -> s.slug);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot mark the dry run for rollback", e);
        }
    }
}
