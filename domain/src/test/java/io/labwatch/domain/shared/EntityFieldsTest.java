package io.labwatch.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.funding.ValuationBasis;
import io.labwatch.domain.lab.Lab;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An edit copies what a record edits, every kind alike, and leaves the row's identity and version alone. */
class EntityFieldsTest {

    @Test
    void anEditCopiesTheKindsFieldsAndWhatEveryFactCarriesButNotTheRowsIdentity() {
        Lab lab = new Lab();
        lab.slug = "x-lab";
        Valuation draft = new Valuation();
        draft.lab = lab;
        draft.asOf = LocalDate.of(2030, 1, 2);
        draft.value = new BigDecimal("5000000000");
        draft.valueLow = new BigDecimal("4000000000");
        draft.basis = ValuationBasis.ESTIMATE;
        draft.estimated = true;
        draft.currency = "EUR";
        draft.certainty = Certainty.RUMOURED;
        Valuation stored = new Valuation();
        stored.id = 7L;
        stored.version = 3;
        stored.note = "an old note";

        EntityFields.copy(draft, stored, TrackedEntity.class);

        assertThat(stored.lab).isSameAs(lab);
        assertThat(stored.asOf).isEqualTo(draft.asOf);
        assertThat(stored.value).isEqualByComparingTo("5000000000");
        assertThat(stored.valueLow).isEqualByComparingTo("4000000000");
        assertThat(stored.valueHigh).isNull();
        assertThat(stored.note).as("a field the draft leaves empty is emptied").isNull();
        assertThat(stored.basis).isEqualTo(ValuationBasis.ESTIMATE);
        assertThat(stored.estimated).isTrue();
        assertThat(stored.currency).isEqualTo("EUR");
        assertThat(stored.certainty).isEqualTo(Certainty.RUMOURED);
        assertThat(stored.id).isEqualTo(7L);
        assertThat(stored.version).isEqualTo(3);
    }

    @Test
    void aFactKeepsOnlyTheLifecycleDetailsItsStatusHas() {
        Valuation fact = new Valuation();
        fact.status = FactStatus.CURRENT;
        fact.statusReason = "was denied once";
        fact.supersededById = 12L;
        fact.settleLifecycle();
        assertThat(fact.statusReason).isNull();
        assertThat(fact.supersededById).isNull();

        fact.status = FactStatus.SUPERSEDED;
        fact.statusReason = "a closed round replaced the talks";
        fact.supersededById = 12L;
        fact.settleLifecycle();
        assertThat(fact.statusReason).isEqualTo("a closed round replaced the talks");
        assertThat(fact.supersededById).isEqualTo(12L);

        fact.status = FactStatus.DENIED;
        fact.settleLifecycle();
        assertThat(fact.supersededById).isNull();
        assertThat(fact.statusReason).isEqualTo("a closed round replaced the talks");
    }
}
