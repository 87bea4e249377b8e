package io.labwatch.domain.exchange;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.compute.ComputeDealRepository;
import io.labwatch.domain.compute.ComputeDealService;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.finance.FinancialMetricRepository;
import io.labwatch.domain.finance.FinancialMetricService;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.FundingRoundRepository;
import io.labwatch.domain.funding.FundingRoundService;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationRepository;
import io.labwatch.domain.funding.ValuationService;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.HireRepository;
import io.labwatch.domain.hire.HireService;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.person.PersonRepository;
import io.labwatch.domain.person.PersonService;
import io.labwatch.domain.shared.DomainException;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.source.CitationService;
import io.labwatch.domain.source.SourceRepository;
import io.labwatch.domain.source.SourceService;
import io.labwatch.domain.watch.WatchItem;
import io.labwatch.domain.watch.WatchItemRepository;
import io.labwatch.domain.watch.WatchItemService;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Imports a {@link Dataset} all or nothing, in one transaction: every row is checked, every problem is
 * collected with its row and field, and one bad row rolls the whole import back. Rows whose natural key
 * (slug; lab and round name; person, kind, labs and date; ...) is already stored are left as they are,
 * so importing the same document twice changes nothing; two rows of one section with the same key are an error.
 */
@ApplicationScoped
public class DatasetImporter {

    @Inject DraftFactory drafts;
    @Inject jakarta.persistence.EntityManager em;
    @Inject TransactionManager transactions;
    @Inject LabService labService;
    @Inject LabRepository labs;
    @Inject PersonService personService;
    @Inject PersonRepository people;
    @Inject SourceService sourceService;
    @Inject SourceRepository sources;
    @Inject HireService hireService;
    @Inject HireRepository hires;
    @Inject FundingRoundService roundService;
    @Inject FundingRoundRepository rounds;
    @Inject ValuationService valuationService;
    @Inject ValuationRepository valuations;
    @Inject FinancialMetricService metricService;
    @Inject FinancialMetricRepository metrics;
    @Inject ComputeDealService dealService;
    @Inject ComputeDealRepository deals;
    @Inject WatchItemService watchService;
    @Inject WatchItemRepository watchItems;
    @Inject CitationService citations;

    @Transactional
    public ImportResult importDataset(Dataset data, boolean dryRun) {
        Run run = new Run(em);
        // Sources first: labs and facts cite them.
        run.section("sources", data.sources(), (r, errors) -> drafts.source(r),
                new NaturalKey<>("slug", "slug", draft -> sources.findBySlug(draft.slug)), sourceService::create, null);
        run.section("labs", data.labs(), (r, errors) -> drafts.lab(r),
                new NaturalKey<>("slug", "slug", draft -> labs.findBySlug(draft.slug)), labService::create,
                (r, lab, errors) -> cite(lab, drafts.citations(r.citations(), false, errors)));
        run.section("people", data.people(), (r, errors) -> drafts.person(r),
                new NaturalKey<>("slug", "slug", draft -> people.findBySlug(draft.slug)), personService::create, null);
        run.section("hires", data.hires(), drafts::hire,
                new NaturalKey<>("person", "person, kind, labs and announcement date", this::existingHire), hireService::create,
                (r, fact, errors) -> cite(fact, drafts.citations(r.citations(), true, errors)));
        run.section("fundingRounds", data.fundingRounds(), drafts::fundingRound, new NaturalKey<>("name", "lab and name",
                d -> rounds.find("lab = ?1 and name = ?2", d.lab, d.name).firstResultOptional()), roundService::create,
                (r, fact, errors) -> cite(fact, drafts.citations(r.citations(), true, errors)));
        run.section("valuations", data.valuations(), drafts::valuation, new NaturalKey<>("asOf", "lab, date and basis",
                d -> valuations.find("lab = ?1 and asOf = ?2 and basis = ?3", d.lab, d.asOf, d.basis).firstResultOptional()),
                valuationService::create,
                (r, fact, errors) -> cite(fact, drafts.citations(r.citations(), true, errors)));
        run.section("financialMetrics", data.financialMetrics(), drafts::financialMetric,
                new NaturalKey<>("metric", "lab, period, metric and scope", this::existingMetric),
                metricService::create, (r, fact, errors) -> cite(fact, drafts.citations(r.citations(), true, errors)));
        run.section("computeDeals", data.computeDeals(), drafts::computeDeal,
                new NaturalKey<>("facility", "buyer, provider, facility and announcement date", this::existingDeal), dealService::create,
                (r, fact, errors) -> cite(fact, drafts.citations(r.citations(), true, errors)));
        run.section("watchItems", data.watchItems(), drafts::watchItem,
                new NaturalKey<>("question", "lab and question", this::existingWatchItem), watchService::create,
                (r, fact, errors) -> cite(fact, drafts.citations(r.citations(), false, errors)));

        if (!run.errors.isEmpty()) {
            throw new ImportRejectedException(run.errors);
        }
        if (dryRun) {
            rollbackOnly();
        }
        return new ImportResult(dryRun, run.created, run.unchanged);
    }

    private void cite(TrackedEntity fact, List<DraftFactory.SourceRef> refs) {
        for (DraftFactory.SourceRef ref : refs) {
            citations.cite(fact, ref.source(), ref.note());
        }
    }

    private Optional<Hire> existingHire(Hire d) {
        return hires.find("person = ?1 and kind = ?2 and announcedOn = ?3", d.person, d.kind, d.announcedOn).stream()
                .filter(h -> sameOrBothNull(h.fromLab, d.fromLab) && sameOrBothNull(h.toLab, d.toLab))
                .findFirst();
    }

    private Optional<FinancialMetric> existingMetric(FinancialMetric d) {
        return metrics.find("lab = ?1 and period = ?2 and metric = ?3", d.lab, d.period, d.metric).stream()
                .filter(m -> java.util.Objects.equals(m.scope, d.scope)).findFirst();
    }

    private Optional<ComputeDeal> existingDeal(ComputeDeal d) {
        return deals.find("buyer = ?1 and provider = ?2 and announcedOn = ?3", d.buyer, d.provider, d.announcedOn).stream()
                .filter(x -> java.util.Objects.equals(x.facility, d.facility)).findFirst();
    }

    private Optional<WatchItem> existingWatchItem(WatchItem d) {
        return watchItems.find("question", d.question).stream()
                .filter(w -> sameOrBothNull(w.lab, d.lab)).findFirst();
    }

    private static boolean sameOrBothNull(TrackedEntity a, TrackedEntity b) {
        return (a == null && b == null) || TrackedEntity.same(a, b);
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot mark the dry run for rollback", e);
        }
    }

    /** Builds the draft of a row, collecting reference errors. */
    interface DraftMaker<R, E> extends BiFunction<R, List<FieldError>, E> {
    }

    /**
     * What identifies a row across imports: the field an error about it names, the fields in words, and how to find
     * the stored record with the same key.
     */
    record NaturalKey<E>(String field, String words, Function<E, Optional<E>> stored) {
    }

    /** Writes what follows a stored row (its citations), collecting errors. */
    interface AfterCreate<R, E> {
        void accept(R record, E entity, List<FieldError> errors);
    }

    /** The state of one import: counts and errors, filled section by section. */
    private static final class Run {
        /** Rows between flushes that empty the persistence context, so a large import stays linear. */
        static final int BATCH = 200;
        final jakarta.persistence.EntityManager em;
        final Map<String, Integer> created = new LinkedHashMap<>();
        int sinceClear;

        Run(jakarta.persistence.EntityManager em) {
            this.em = em;
        }

        final Map<String, Integer> unchanged = new LinkedHashMap<>();
        final List<RowError> errors = new ArrayList<>();

        /**
         * Imports one section. A row whose key is stored already is left as it is (so an import can be repeated); a row
         * whose key an earlier row of the same section had is an error naming that row, as the second one would
         * otherwise be dropped without a word.
         */
        <R, E extends TrackedEntity> void section(String name, List<R> records, DraftMaker<R, E> draftMaker,
                NaturalKey<E> key, Function<E, E> create, AfterCreate<R, E> after) {
            created.put(name, 0);
            unchanged.put(name, 0);
            Map<Long, Integer> rowOfRecord = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                R record = records.get(i);
                int row = i + 1;
                if (record == null) {
                    errors.add(new RowError(name, row, "", "is empty"));
                    continue;
                }
                List<FieldError> rowErrors = new ArrayList<>();
                E draft = draftMaker.apply(record, rowErrors);
                Optional<E> held = rowErrors.isEmpty() ? key.stored().apply(draft) : Optional.empty();
                if (held.isPresent()) {
                    Integer earlier = rowOfRecord.putIfAbsent(held.get().id, row);
                    if (earlier == null) {
                        unchanged.merge(name, 1, Integer::sum);
                    } else {
                        errors.add(new RowError(name, row, key.field(), "repeats row " + earlier + ": the same " + key.words()
                                + " (a record may appear once in an import)"));
                    }
                    continue;
                }
                if (rowErrors.isEmpty()) {
                    try {
                        E stored = create.apply(draft);
                        rowOfRecord.put(stored.id, row);
                        if (after != null) {
                            after.accept(record, stored, rowErrors);
                        }
                        created.merge(name, 1, Integer::sum);
                        if (++sinceClear >= BATCH && errors.isEmpty()) {
                            em.flush();
                            em.clear();
                            sinceClear = 0;
                        }
                    } catch (InvalidInputException e) {
                        rowErrors.addAll(e.errors);
                    } catch (DuplicateException e) {
                        e.fields.forEach(field -> rowErrors.add(new FieldError(field, e.messageFor(field))));
                    } catch (DomainException e) {
                        rowErrors.add(new FieldError("", e.getMessage()));
                    }
                }
                rowErrors.forEach(fe -> errors.add(new RowError(name, row, fe.field(), fe.message())));
            }
        }
    }
}
