package io.labwatch.domain.shared;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The rules every kind of fact shares: an estimate says how it was made; a denied or retracted fact says why; a
 * superseded one names the fact that replaced it, which is neither itself nor, through a chain of replacements,
 * replaced by it.
 */
final class FactRules {

    private FactRules() {
    }

    static void check(DatedFact draft, Long currentId, EntityManager em, List<FieldError> errors) {
        if (draft.currency != null && draft.currency.matches("^[A-Z]{3}$")) {
            boolean known;
            try {
                known = java.util.Currency.getInstance(draft.currency) != null;
            } catch (IllegalArgumentException e) {
                known = false;
            }
            if (!known) {
                errors.add(new FieldError("currency", "is not a currency code (ISO 4217) such as USD, EUR or GBP"));
            } else if (draft.currency.equals("USD") && (draft.usdRate != null || draft.rateOn != null)) {
                errors.add(new FieldError(draft.usdRate != null ? "usdRate" : "rateOn", "is given only for amounts in another currency than USD"));
            } else if (!draft.currency.equals("USD")) {
                if (draft.usdRate == null) {
                    errors.add(new FieldError("usdRate", "is required for amounts in " + draft.currency + ": US dollars per " + draft.currency));
                }
                if (draft.rateOn == null) {
                    errors.add(new FieldError("rateOn", "is required for amounts in " + draft.currency + ": the day of the exchange rate"));
                }
            }
        }
        if (draft.estimated && (draft.estimateMethod == null || draft.estimateMethod.isBlank())) {
            errors.add(new FieldError("estimateMethod", "an estimate says how it was made (e.g. \"scaled from the reported Q2 figure\")"));
        }
        FactStatus status = draft.status;
        if ((status == FactStatus.DENIED || status == FactStatus.RETRACTED)
                && (draft.statusReason == null || draft.statusReason.isBlank())) {
            errors.add(new FieldError("statusReason", "is required for a " + status.word + " fact: say who "
                    + (status == FactStatus.DENIED ? "denied it and where" : "withdrew it, or why it was found wrong")));
        }
        if (status == FactStatus.SUPERSEDED && draft.supersededById == null) {
            errors.add(new FieldError("supersededBy", "is required for a superseded fact: name the fact that replaced it, as kind/id (e.g. valuations/12)"));
        }
        if (status != FactStatus.SUPERSEDED && draft.supersededById != null) {
            errors.add(new FieldError("supersededBy", "names the fact that replaced this one, so it is given only when the status is SUPERSEDED"
                    + " (to set another status, send \"supersededBy\": null with it)"));
        }
        if (draft.supersededById != null && currentId != null) {
            if (draft.supersededById.equals(currentId)) {
                errors.add(new FieldError("supersededBy", "cannot be the fact itself"));
            } else if (replacedBy(em, draft.supersededById, currentId)) {
                errors.add(new FieldError("supersededBy", "is itself superseded, through a chain of replacements, by this fact: that would be a circle"));
            }
        }
    }

    /** Whether following the replacements from {@code start} reaches {@code fact} (UNION stops on a circle already stored). */
    private static boolean replacedBy(EntityManager em, long start, long fact) {
        Number hits = (Number) em.createNativeQuery("with recursive chain(id) as (select cast(:start as bigint)"
                        + " union select f.superseded_by_id from fact f join chain c on f.id = c.id where f.superseded_by_id is not null)"
                        + " select count(*) from chain where id = :fact")
                .setParameter("start", start).setParameter("fact", fact).getSingleResult();
        return hits.longValue() > 0;
    }
}
