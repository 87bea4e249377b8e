package io.labwatch.domain.exchange;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.lab.LabStatus;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.person.PersonRepository;
import io.labwatch.domain.shared.Aliases;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Source;
import io.labwatch.domain.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns exchange records into unsaved entity drafts, resolving slugs to stored labs, people, sources and
 * facts; each kind's store builds its own drafts with these. Unknown slugs become field errors named as the record names them; the services then validate
 * the drafts themselves.
 */
@ApplicationScoped
public class DraftFactory {

    @Inject
    RecordKinds kinds;

    @Inject
    EntityManager em;

    @Inject
    LabRepository labs;

    @Inject
    PersonRepository people;

    @Inject
    SourceRepository sources;

    @Inject
    io.labwatch.domain.shared.BatchWrites batches;

    /** A resolved citation: the source and what only it said. */
    public record SourceRef(Source source, String note) {
    }

    public Lab lab(LabRecord r) {
        Lab lab = new Lab();
        lab.slug = r.slug();
        lab.name = r.name();
        lab.kind = r.kind();
        lab.status = r.status() == null ? LabStatus.ACTIVE : r.status();
        lab.headquarters = r.headquarters();
        lab.foundedYear = r.foundedYear();
        lab.website = r.website();
        lab.summary = r.summary();
        lab.statedEmphasis = r.statedEmphasis();
        lab.lastVerifiedOn = r.lastVerifiedOn();
        lab.aliases = TextRules.blankToNull(r.aliases());
        lab.wikidataId = TextRules.blankToNull(r.wikidataId());
        lab.epochName = TextRules.blankToNull(r.epochName());
        return lab;
    }

    public Person person(PersonRecord r) {
        Person person = new Person();
        person.slug = r.slug();
        person.name = r.name();
        person.bio = r.bio();
        person.notableRoles = r.notableRoles();
        person.aliases = TextRules.blankToNull(r.aliases());
        person.wikidataId = TextRules.blankToNull(r.wikidataId());
        return person;
    }

    public Source source(SourceRecord r) {
        Source source = new Source();
        source.slug = r.slug();
        source.outlet = r.outlet();
        source.headline = r.headline();
        source.url = r.url();
        source.publishedOn = r.publishedOn();
        source.author = r.author();
        source.focusAngle = r.focusAngle();
        source.keyQuote = r.keyQuote();
        source.reliability = r.reliability();
        return source;
    }

    /**
     * What every fact carries beside its kind's fields: certainty (REPORTED when none is given), whether it is estimated
     * (and how) and lifecycle (CURRENT).
     */
    void factFields(DatedFact fact, FactRecord r, List<FieldError> errors) {
        fact.certainty = certainty(r.certainty());
        fact.estimated = Boolean.TRUE.equals(r.estimated());
        fact.currency = r.currency() == null || r.currency().isBlank() ? "USD" : r.currency().trim().toUpperCase(java.util.Locale.ROOT);
        fact.usdRate = r.usdRate();
        fact.rateOn = r.rateOn();
        fact.estimateMethod = r.estimateMethod() == null || r.estimateMethod().isBlank() ? null : r.estimateMethod().trim();
        fact.status = r.status() == null ? FactStatus.CURRENT : r.status();
        fact.statusReason = r.statusReason() == null || r.statusReason().isBlank() ? null : r.statusReason().trim();
        FactRef successor = fact("supersededBy", r.supersededBy(), errors);
        fact.supersededById = successor == null ? null : successor.id;
    }

    /** A fact named as kind and id ("hires/12"); blank: none. */
    public FactRef fact(String field, String reference, List<FieldError> errors) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String[] parts = reference.trim().split("/");
        RecordKind kind = parts.length != 2 ? null
                : kinds.facts().stream().filter(k -> k.segment.equals(parts[0])).findFirst().orElse(null);
        if (kind == null || !parts[1].matches("[0-9]{1,18}")) {
            errors.add(new FieldError(field, "must name a fact as kind/id, e.g. hires/12 (kinds: "
                    + kinds.facts().stream().map(k -> k.segment).collect(java.util.stream.Collectors.joining(", ")) + ")"));
            return null;
        }
        FactRef found = em.find(FactRef.class, Long.parseLong(parts[1]));
        if (found != null && !found.kind.equals(kind.factKind())) {
            found = null;
        }
        if (found == null) {
            errors.add(new FieldError(field, "no " + kind.noun + " with id " + parts[1]));
        }
        return found;
    }

    /** How a record names a fact: "hires/12"; null for none. */
    public String factReference(FactRef fact) {
        return fact == null ? null : kinds.ofFactKind(fact.kind).orElseThrow().segment + "/" + fact.id;
    }

    /** Resolves citations; with {@code required}, a fact without any is an error. */
    public List<SourceRef> citations(List<CitationRecord> records, boolean required, List<FieldError> errors) {
        List<SourceRef> refs = new ArrayList<>();
        if (records == null || records.isEmpty()) {
            if (required) {
                errors.add(new FieldError("citations", "every fact must cite at least one source"));
            }
            return refs;
        }
        for (int i = 0; i < records.size(); i++) {
            CitationRecord c = records.get(i);
            String field = "citations[" + i + "].source";
            if (c == null || c.source() == null || c.source().isBlank()) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            batches.remembered(Source.class, c.source(), () -> sources.findBySlug(c.source())).ifPresentOrElse(
                    s -> refs.add(new SourceRef(s, c.note())),
                    () -> errors.add(new FieldError(field, "no source with slug '" + c.source() + "'")));
        }
        return refs;
    }

    /** The lab a reference names (see {@link #known}), or an error on {@code field}. */
    public Lab lab(String field, String reference, boolean required, List<FieldError> errors) {
        return named(field, reference, required, errors, "lab", Lab.class, slug -> batches.remembered(Lab.class, slug, () -> labs.findBySlug(slug)), l -> Aliases.names(l.name, l.aliases),
                l -> java.util.Arrays.asList(l.wikidataId, l.epochName, websiteDomain(l.website)));
    }

    /** The person a reference names (see {@link #known}), or an error on {@code field}. */
    public Person person(String field, String reference, boolean required, List<FieldError> errors) {
        return named(field, reference, required, errors, "person", Person.class,
                slug -> batches.remembered(Person.class, slug, () -> people.findBySlug(slug)), x -> Aliases.names(x.name, x.aliases),
                x -> java.util.Collections.singletonList(x.wikidataId));
    }

    private <T extends TrackedEntity> T named(String field, String reference, boolean required, List<FieldError> errors, String noun,
            Class<T> type, java.util.function.Function<String, java.util.Optional<T>> bySlug, java.util.function.Function<T, List<String>> names,
            java.util.function.Function<T, List<String>> identifiers) {
        if (reference == null || reference.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        return bySlug.apply(reference).or(() -> known(type, field, reference, names, identifiers, errors)).orElseGet(() -> {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "no " + noun + " with " + (type == Lab.class
                        ? "slug, name, alias, Wikidata id, Epoch AI name or website domain" : "slug, name, alias or Wikidata id") + " '" + reference + "'"));
            }
            return null;
        });
    }

    /**
     * The one lab or person a reference names other than by slug: by name or alias (case aside), or by an identifier
     * other datasets name them by — a Wikidata id, and for a lab Epoch AI's name or its website's domain
     * ("anthropic.com", "https://www.anthropic.com/news"). Several matches are an error naming them.
     */
    private <T extends TrackedEntity> java.util.Optional<T> known(Class<T> type, String field, String reference,
            java.util.function.Function<T, List<String>> names, java.util.function.Function<T, List<String>> identifiers,
            List<FieldError> errors) {
        String wanted = reference.trim().toLowerCase(java.util.Locale.ROOT);
        String domain = websiteDomain(reference);
        boolean lab = type == Lab.class;
        var query = em.createQuery("select x from " + type.getSimpleName() + " x where lower(x.name) = :name or lower(x.aliases) like :like"
                + " or x.wikidataId = :id" + (lab ? " or lower(x.epochName) = :name" + (domain == null ? "" : " or lower(x.website) like :site") : ""),
                type).setParameter("name", wanted).setParameter("like", Aliases.containing(wanted)).setParameter("id", reference.trim());
        if (lab && domain != null) {
            // a domain is letters, digits, hyphens and dots: nothing a like pattern would read as a wildcard
            query.setParameter("site", "%" + domain + "%");
        }
        List<T> candidates = query.getResultList().stream().filter(x -> names.apply(x).contains(wanted)
                || identifiers.apply(x).stream().anyMatch(id -> id != null && (id.trim().equalsIgnoreCase(reference.trim()) || id.equals(domain))))
                .toList();
        if (candidates.size() > 1) {
            errors.add(new FieldError(field, "'" + reference + "' names " + candidates.size() + " records ("
                    + candidates.stream().map(x -> String.valueOf(io.labwatch.domain.shared.EntityFields.of(x, TrackedEntity.class).get("slug")))
                            .collect(java.util.stream.Collectors.joining(", ")) + "): give the slug"));
            return java.util.Optional.empty();
        }
        return candidates.stream().findFirst();
    }

    /** A website's domain, lower case without "www.": "https://www.Anthropic.com/news" and "anthropic.com" give "anthropic.com"; null if none. */
    static String websiteDomain(String site) {
        if (site == null || site.isBlank() || site.trim().contains(" ")) {
            return null;
        }
        String s = site.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        s = s.replaceFirst("[/?#:].*$", "").replaceFirst("^www\\.", "");
        return s.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? s : null;
    }

    /** A date's precision, DAY when none is given. */
    public static DatePrecision precision(DatePrecision precision) {
        return precision == null ? DatePrecision.DAY : precision;
    }

    /** A fact's certainty, REPORTED when none is given. */
    private static Certainty certainty(Certainty certainty) {
        return certainty == null ? Certainty.REPORTED : certainty;
    }
}
