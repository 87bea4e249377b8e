package io.labwatch.domain.funding;

import io.labwatch.domain.figures.Money;
import io.labwatch.domain.figures.Ranges;
import io.labwatch.domain.shared.DateRules;
import io.labwatch.domain.shared.EntityService;
import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records funding rounds. */
@ApplicationScoped
@Transactional
public class FundingRoundService extends EntityService<FundingRound> {

    @Override
    protected void checkRules(FundingRound draft, Long currentId, List<FieldError> errors) {
        DateRules.notBefore("closedOn", draft.closedOn, "announcedOn", draft.announcedOn, errors);
        if (draft.postMoneyValuation != null && draft.postMoneyValuation.signum() == 0) {
            errors.add(new FieldError("postMoneyValuation", "must be more than zero (leave it out when unknown)"));
        } else if (draft.postMoneyValuation != null && draft.amountRaised != null && draft.postMoneyValuation.compareTo(draft.amountRaised) < 0) {
            // a post-money valuation includes the new money: below it, one of the two figures is wrong
            errors.add(new FieldError("postMoneyValuation", "must be at least the amount raised (" + Money.compact(draft.amountRaised, draft.currency) + ")"));
            errors.add(new FieldError("amountRaised", "must not exceed the post-money valuation (" + Money.compact(draft.postMoneyValuation, draft.currency) + ")"));
        }
        Ranges.checkMoney("amountRaised", draft.amountRaised, draft.amountRaisedLow, draft.amountRaisedHigh, errors);
        Ranges.checkMoney("postMoneyValuation", draft.postMoneyValuation, draft.postMoneyValuationLow, draft.postMoneyValuationHigh, errors);
    }

    /** An edit of a round carries its date to the investors' participations, which stand on the round's date. */
    @Override
    protected void copy(FundingRound draft, FundingRound target) {
        super.copy(draft, target);
        em.createQuery("select p from RoundParticipation p where p.round = :round", RoundParticipation.class).setParameter("round", target)
                .getResultList().forEach(p -> {
                    p.announcedOn = target.announcedOn;
                    p.datePrecision = target.datePrecision;
                });
    }

    /** A round stays while investors' participations name it. */
    @Override
    protected java.util.Optional<String> blockingReferences(FundingRound round) {
        Long investors = em.createQuery("select count(p) from RoundParticipation p where p.round = :round", Long.class)
                .setParameter("round", round).getSingleResult();
        return investors == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(investors + (investors == 1 ? " investor's participation names" : " investors' participations name") + " it");
    }
}
