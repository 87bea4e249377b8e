package io.labwatch.domain.exchange;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.FundingRoundRepository;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.lab.LabStatus;
import io.labwatch.domain.person.Person;
import io.labwatch.domain.person.PersonRepository;
import io.labwatch.domain.shared.Aliases;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.DatedFact;
import io.labwatch.domain.shared.FactStatus;
import io.labwatch.domain.shared.FactRef;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.Source;
import io.labwatch.domain.source.SourceRepository;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.domain.watch.WatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns exchange records into unsaved entity drafts, resolving slugs to stored labs, people, sources and
 * rounds. Unknown slugs become field errors named as the record names them; the services then validate
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
    FundingRoundRepository rounds;

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
        lab.aliases = blankToNull(r.aliases());
        lab.wikidataId = blankToNull(r.wikidataId());
        lab.epochName = blankToNull(r.epochName());
        return lab;
    }

    public Person person(PersonRecord r) {
        Person person = new Person();
        person.slug = r.slug();
        person.name = r.name();
        person.bio = r.bio();
        person.notableRoles = r.notableRoles();
        person.aliases = blankToNull(r.aliases());
        person.wikidataId = blankToNull(r.wikidataId());
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

    public Hire hire(HireRecord r, List<FieldError> errors) {
        Hire hire = new Hire();
        hire.person = person("person", r.person(), true, errors);
        hire.fromLab = lab("fromLab", r.fromLab(), false, errors);
        hire.toLab = lab("toLab", r.toLab(), false, errors);
        hire.kind = r.kind();
        hire.role = r.role();
        hire.team = r.team();
        hire.reportsTo = person("reportsTo", r.reportsTo(), false, errors);
        hire.announcedOn = r.announcedOn();
        hire.datePrecision = precision(r.datePrecision());
        hire.startedOn = r.startedOn();
        hire.seniority = r.seniority();
        hire.mandate = r.mandate();
        return hire;
    }

    public FundingRound fundingRound(FundingRoundRecord r, List<FieldError> errors) {
        FundingRound round = new FundingRound();
        round.lab = lab("lab", r.lab(), true, errors);
        round.name = r.name();
        round.announcedOn = r.announcedOn();
        round.datePrecision = precision(r.datePrecision());
        round.closedOn = r.closedOn();
        round.amountRaised = r.amountRaised();
        round.amountRaisedLow = r.amountRaisedLow();
        round.amountRaisedHigh = r.amountRaisedHigh();
        round.postMoneyValuation = r.postMoneyValuation();
        round.postMoneyValuationLow = r.postMoneyValuationLow();
        round.postMoneyValuationHigh = r.postMoneyValuationHigh();
        round.leadInvestors = r.leadInvestors();
        return round;
    }

    public Valuation valuation(ValuationRecord r, List<FieldError> errors) {
        Valuation valuation = new Valuation();
        valuation.lab = lab("lab", r.lab(), true, errors);
        valuation.asOf = r.asOf();
        valuation.datePrecision = precision(r.datePrecision());
        valuation.value = r.value();
        valuation.valueLow = r.valueLow();
        valuation.valueHigh = r.valueHigh();
        valuation.basis = r.basis();
        valuation.note = r.note();
        if (r.round() != null && valuation.lab != null) {
            valuation.fundingRound = rounds.find("lab = ?1 and name = ?2", valuation.lab, r.round()).firstResult();
            if (valuation.fundingRound == null) {
                errors.add(new FieldError("round", "no round '" + r.round() + "' of lab '" + r.lab() + "'"));
            }
        }
        return valuation;
    }

    public FinancialMetric financialMetric(FinancialMetricRecord r, List<FieldError> errors) {
        FinancialMetric metric = new FinancialMetric();
        metric.lab = lab("lab", r.lab(), true, errors);
        metric.period = r.period();
        metric.metric = r.metric();
        metric.value = r.value();
        metric.valueLow = r.valueLow();
        metric.valueHigh = r.valueHigh();
        // absent: a run-rate for an annualised figure; for any other, the source did not say
        metric.basis = r.basis() != null ? r.basis()
                : r.metric() == io.labwatch.domain.finance.MetricKind.ANNUALISED_REVENUE ? io.labwatch.domain.finance.MetricBasis.ANNUALISED_RUN_RATE
                : io.labwatch.domain.finance.MetricBasis.UNSTATED;
        metric.scope = r.scope();
        metric.reportedOn = r.reportedOn();
        metric.datePrecision = precision(r.datePrecision());
        return metric;
    }

    public ComputeDeal computeDeal(ComputeDealRecord r, List<FieldError> errors) {
        ComputeDeal deal = new ComputeDeal();
        deal.buyer = lab("buyer", r.buyer(), true, errors);
        deal.provider = lab("provider", r.provider(), true, errors);
        deal.facility = r.facility();
        deal.location = r.location();
        deal.announcedOn = r.announcedOn();
        deal.datePrecision = precision(r.datePrecision());
        deal.capacity = r.capacity();
        deal.description = r.description();
        return deal;
    }

    public WatchItem watchItem(WatchItemRecord r, List<FieldError> errors) {
        WatchItem item = new WatchItem();
        item.lab = lab("lab", r.lab(), false, errors);
        item.question = r.question();
        item.detail = r.detail();
        item.raisedOn = r.raisedOn();
        item.dueBy = r.dueBy();
        item.status = r.status() == null ? WatchStatus.OPEN : r.status();
        item.resolvedOn = r.resolvedOn();
        item.resolutionNote = r.resolutionNote();
        item.resolvedBy = fact("resolvedBy", r.resolvedBy(), errors);
        return item;
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
    private FactRef fact(String field, String reference, List<FieldError> errors) {
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
            sources.findBySlug(c.source()).ifPresentOrElse(
                    s -> refs.add(new SourceRef(s, c.note())),
                    () -> errors.add(new FieldError(field, "no source with slug '" + c.source() + "'")));
        }
        return refs;
    }

    /** The lab a slug names, or an error on {@code field}. */
    public Lab lab(String field, String slug, boolean required, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        return labs.findBySlug(slug).or(() -> known(Lab.class, field, slug, l -> Aliases.names(l.name, l.aliases), l -> l.wikidataId,
                l -> l.epochName, errors)).orElseGet(() -> {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "no lab with slug, name, alias or Wikidata id '" + slug + "'"));
            }
            return null;
        });
    }

    private Person person(String field, String slug, boolean required, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        return people.findBySlug(slug).or(() -> known(Person.class, field, slug, x -> Aliases.names(x.name, x.aliases), x -> x.wikidataId,
                x -> null, errors)).orElseGet(() -> {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "no person with slug, name, alias or Wikidata id '" + slug + "'"));
            }
            return null;
        });
    }

    /**
     * The one lab or person a reference names other than by slug: by name or alias (case aside), Wikidata id, or
     * Epoch AI's name, as imports from other datasets name them. Several matches are an error naming them.
     */
    private <T extends TrackedEntity> java.util.Optional<T> known(Class<T> type, String field, String reference,
            java.util.function.Function<T, List<String>> names, java.util.function.Function<T, String> wikidata,
            java.util.function.Function<T, String> epoch, List<FieldError> errors) {
        String wanted = reference.trim().toLowerCase(java.util.Locale.ROOT);
        String like = Aliases.containing(wanted);
        List<T> candidates = em.createQuery("select x from " + type.getSimpleName() + " x where lower(x.name) = :name or lower(x.aliases) like :like"
                + " or x.wikidataId = :id" + (type == Lab.class ? " or lower(x.epochName) = :name" : ""), type)
                .setParameter("name", wanted).setParameter("like", like).setParameter("id", reference.trim()).getResultList().stream()
                .filter(x -> names.apply(x).contains(wanted) || reference.trim().equals(wikidata.apply(x))
                        || (epoch.apply(x) != null && epoch.apply(x).trim().equalsIgnoreCase(wanted))).toList();
        if (candidates.size() > 1) {
            errors.add(new FieldError(field, "'" + reference + "' names " + candidates.size() + " records ("
                    + candidates.stream().map(x -> String.valueOf(io.labwatch.domain.shared.EntityFields.of(x, TrackedEntity.class).get("slug")))
                            .collect(java.util.stream.Collectors.joining(", ")) + "): give the slug"));
            return java.util.Optional.empty();
        }
        return candidates.stream().findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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
