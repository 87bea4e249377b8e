package io.labwatch.domain.profile;

import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.funding.FundingRound;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.funding.ValuationMark;
import io.labwatch.domain.funding.ValuationMarks;
import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabService;
import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.shared.DatePrecision;
import io.labwatch.domain.shared.FactStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A lab's valuation history as numbers: every mark (valuation records, and rounds' post-money where no record stands
 * for the round, by the rule {@link ValuationMarks}), newest first, with the change from the mark before. Three
 * statements: the lab, its current valuations, its current rounds with a post-money valuation.
 */
@ApplicationScoped
public class ValuationHistory {

    /**
     * One mark. {@code fact} names what it rests on as kind/id ("valuations/12", "funding-rounds/9"); the change is
     * in USD and in percent (rounded to one decimal; none from a mark of zero or below) against {@code previousFact}.
     */
    public record Entry(LocalDate date, DatePrecision datePrecision, String displayDate, BigDecimal valueUsd, ValuationBasis basis,
            String round, Certainty certainty, String fact, String previousFact, BigDecimal previousValueUsd, BigDecimal changeUsd,
            BigDecimal changePercent) {
    }

    @Inject
    EntityManager em;

    @Inject
    LabService labs;

    @Inject
    RecordKinds kinds;

    @Transactional
    public List<Entry> of(String slug) {
        Lab lab = labs.get(slug);
        List<Valuation> valuations = em.createQuery("select e from Valuation e left join fetch e.fundingRound where e.lab = :lab and "
                + FactStatus.currentOnly("e"), Valuation.class).setParameter("lab", lab).getResultList();
        List<FundingRound> rounds = em.createQuery("select e from FundingRound e where e.lab = :lab and e.postMoneyValuation > 0 and "
                + FactStatus.currentOnly("e"), FundingRound.class).setParameter("lab", lab).getResultList();
        return ValuationMarks.newestFirst(valuations, rounds).stream().map(this::entry).toList();
    }

    private Entry entry(ValuationMark m) {
        ValuationMark before = m.previous();
        return new Entry(m.on(), m.precision(), m.precision().display(m.on()), m.value(), m.basis(),
                m.ofRound() == null ? null : m.ofRound().name, m.certainty(), reference(m), before == null ? null : reference(before),
                before == null ? null : before.value(), m.changeAmount().orElse(null), m.changePercent().orElse(null));
    }

    private String reference(ValuationMark m) {
        return kinds.ofEntity(m.fact()).orElseThrow().segment + "/" + m.fact().id;
    }
}
