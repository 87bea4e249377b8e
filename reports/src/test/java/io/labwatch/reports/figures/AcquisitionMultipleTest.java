package io.labwatch.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.acquisition.Acquisition;
import io.labwatch.domain.funding.Valuation;
import io.labwatch.domain.lab.Lab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcquisitionMultipleTest {

    private static Lab lab(long id) {
        Lab lab = new Lab();
        lab.id = id;
        lab.name = "Lab " + id;
        return lab;
    }

    private static final Lab BUYER = lab(1);
    private static final Lab TARGET = lab(2);

    private static Valuation valuation(Lab lab, String millions, LocalDate on, long id) {
        Valuation v = new Valuation();
        v.id = id;
        v.lab = lab;
        v.value = new BigDecimal(millions).movePointRight(6);
        v.asOf = on;
        return v;
    }

    private static Acquisition deal(String millions) {
        Acquisition a = new Acquisition();
        a.acquirer = BUYER;
        a.target = TARGET;
        a.announcedOn = LocalDate.of(2026, 6, 1);
        a.price = millions == null ? null : new BigDecimal(millions).movePointRight(6);
        return a;
    }

    @Test
    void thePriceIsDividedByTheTargetsLastValuationBeforeTheAnnouncement() {
        List<Valuation> marks = List.of(valuation(TARGET, "100", LocalDate.of(2025, 1, 1), 1), valuation(TARGET, "200", LocalDate.of(2026, 3, 1), 2),
                valuation(TARGET, "900", LocalDate.of(2026, 9, 1), 3), valuation(BUYER, "50", LocalDate.of(2026, 5, 1), 4));
        var multiple = AcquisitionMultiple.of(deal("500"), marks).orElseThrow();
        assertThat(multiple.times()).isEqualByComparingTo("2.5");
        assertThat(multiple.lastValuation().id).as("the later mark and the buyer's are not the target's last before the deal").isEqualTo(2L);
    }

    @Test
    void aRangeIsPricedAtItsMiddleAndAPriceInEurosIsConverted() {
        Acquisition a = deal(null);
        a.priceLow = new BigDecimal("300000000");
        a.priceHigh = new BigDecimal("500000000");
        a.currency = "EUR";
        a.usdRate = new BigDecimal("1.10");
        var multiple = AcquisitionMultiple.of(a, List.of(valuation(TARGET, "200", LocalDate.of(2026, 3, 1), 1))).orElseThrow();
        assertThat(multiple.priceUsd()).isEqualByComparingTo("440000000");
        assertThat(multiple.times()).isEqualByComparingTo("2.2");
    }

    @Test
    void nothingIsSaidWithoutAPriceAValuationOrForAStake() {
        List<Valuation> marks = List.of(valuation(TARGET, "200", LocalDate.of(2026, 3, 1), 1));
        assertThat(AcquisitionMultiple.of(deal(null), marks)).isEmpty();
        assertThat(AcquisitionMultiple.of(deal("500"), List.of())).isEmpty();
        assertThat(AcquisitionMultiple.of(deal("500"), List.of(valuation(TARGET, "0", LocalDate.of(2026, 3, 1), 1)))).isEmpty();
        Acquisition euros = deal("500");
        euros.currency = "EUR";
        assertThat(AcquisitionMultiple.of(euros, marks)).as("no rate to the dollar").isEmpty();
        assertThat(AcquisitionMultiple.of(deal("5"), marks)).as("0.025× rounds to nothing").isEmpty();
        Acquisition stake = deal("500");
        stake.stakePercent = new BigDecimal("20");
        assertThat(AcquisitionMultiple.of(stake, marks)).isEmpty();
    }
}
