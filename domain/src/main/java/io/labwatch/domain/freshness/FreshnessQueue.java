package io.labwatch.domain.freshness;

import io.labwatch.domain.lab.Lab;
import io.labwatch.domain.lab.LabService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The analysts' work queue: labs whose profile nobody has verified for a while, and sources whose facts are still
 * only rumoured. Marking a lab verified is an edit like any other (versioned, audited).
 */
@ApplicationScoped
public class FreshnessQueue {

    /** A source and how many of the facts it backs are only rumoured. */
    public record RumouredSource(String slug, String outlet, String headline, long rumouredFacts) {
    }

    @Inject
    EntityManager em;

    @Inject
    LabService labs;

    /** Labs never verified, or last verified before the cut-off; the oldest first. */
    @Transactional
    public List<Lab> staleLabs(LocalDate verifiedBefore) {
        return em.createQuery("select l from Lab l where l.lastVerifiedOn is null or l.lastVerifiedOn < :cutoff"
                + " order by l.lastVerifiedOn nulls first, lower(l.name)", Lab.class).setParameter("cutoff", verifiedBefore).getResultList();
    }

    /** Sources citing rumoured facts that are still current, most such facts first. One statement. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<RumouredSource> rumouredSources() {
        List<Object[]> rows = em.createNativeQuery("""
                select s.slug, s.outlet, s.headline, count(*) from citation c join source s on s.id = c.source_id
                  join fact f on f.id = c.fact_id and f.certainty = 'RUMOURED' and f.status = 'CURRENT'
                 group by s.slug, s.outlet, s.headline order by count(*) desc, s.outlet, s.headline
                """).getResultList();
        return rows.stream().map(r -> new RumouredSource((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    /** A stored fact that breaks a rule made after it was stored: shown for review, never changed or dropped. */
    public record BrokenRule(String lab, String labSlug, String segment, long id, String what, String rule) {
    }

    /**
     * Facts stored before a rule that they break (V14: a zero valuation; a round whose post-money valuation is zero or
     * below what it raised), each with the rule in words. One statement.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<BrokenRule> brokenRules() {
        List<Object[]> rows = em.createNativeQuery("""
                select l.name, l.slug, 'valuations', v.id, 'valuation of ' || to_char(v.as_of, 'FMDD FMMonth YYYY'),
                       'a valuation of zero is not a valuation'
                  from valuation v join lab l on l.id = v.lab_id where v.value <= 0
                union all
                select l.name, l.slug, 'funding-rounds', r.id, 'round ' || r.name,
                       case when r.post_money_valuation <= 0 then 'its post-money valuation is zero'
                            else 'its post-money valuation is below the amount raised' end
                  from funding_round r join lab l on l.id = r.lab_id
                 where r.post_money_valuation <= 0 or r.post_money_valuation < r.amount_raised
                 order by 1, 3, 4
                """).getResultList();
        return rows.stream().map(r -> new BrokenRule((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], (String) r[5])).toList();
    }

    /** Records that an analyst reviewed the lab's profile on the given day. */
    @Transactional
    public Lab markVerified(String slug, long expectedVersion, LocalDate on) {
        Lab current = labs.get(slug);
        Lab draft = new Lab();
        io.labwatch.domain.shared.EntityFields.copy(current, draft, io.labwatch.domain.shared.TrackedEntity.class);
        draft.lastVerifiedOn = on;
        return labs.update(current, expectedVersion, draft);
    }
}
