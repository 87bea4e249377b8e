package io.labwatch.domain.source;

import io.labwatch.domain.compute.ComputeDeal;
import io.labwatch.domain.finance.FinancialMetric;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.TrackedEntity;
import io.labwatch.domain.watch.WatchItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Links facts to the sources that report them. */
@ApplicationScoped
@Transactional
public class CitationService extends EntityService<Citation> {

    @Inject
    CitationRepository repository;

    public Citation get(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> new NotFoundException("Citation", id));
    }

    /** Cites {@code source} for {@code fact} (a lab, hire, round, valuation, metric, deal or watch item). */
    public Citation cite(TrackedEntity fact, Source source, String note) {
        Citation citation = new Citation();
        citation.source = source;
        citation.note = note;
        attach(citation, fact);
        return create(citation);
    }

    /** Points the citation at its fact: one column per fact type keeps real foreign keys. */
    public static void attach(Citation citation, TrackedEntity fact) {
        if (fact instanceof Hire hire) {
            citation.hire = hire;
        } else if (fact instanceof FundingRound round) {
            citation.fundingRound = round;
        } else if (fact instanceof Valuation valuation) {
            citation.valuation = valuation;
        } else if (fact instanceof FinancialMetric metric) {
            citation.financialMetric = metric;
        } else if (fact instanceof ComputeDeal deal) {
            citation.computeDeal = deal;
        } else if (fact instanceof WatchItem item) {
            citation.watchItem = item;
        } else if (fact instanceof Lab lab) {
            citation.lab = lab;
        } else {
            throw new IllegalArgumentException("cannot cite a " + fact.getClass().getSimpleName());
        }
    }

    @Override
    protected String entityName() {
        return "Citation";
    }

    @Override
    protected void copy(Citation draft, Citation target) {
        target.source = draft.source;
        target.note = draft.note;
    }

    @Override
    protected void checkRules(Citation draft, Long currentId, List<FieldError> errors) {
        long targets = java.util.stream.Stream.of(draft.lab, draft.hire, draft.fundingRound, draft.valuation,
                draft.financialMetric, draft.computeDeal, draft.watchItem).filter(java.util.Objects::nonNull).count();
        if (targets != 1) {
            errors.add(new FieldError("fact", "a citation names exactly one fact"));
        }
    }
}
