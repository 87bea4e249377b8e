package io.labwatch.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.labwatch.domain.lab.Lab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule "valuation marks": rounds and valuation records make one history, each round once. */
class ValuationMarksTest {

    private static final Lab LAB = lab(1);
    private static final Lab OTHER = lab(2);

    private static Lab lab(long id) {
        Lab lab = new Lab();
        lab.id = id;
        lab.slug = "lab-" + id;
        lab.name = "Lab " + id;
        return lab;
    }

    private static FundingRound round(long id, Lab lab, String on, String postMoneyBillions) {
        FundingRound r = new FundingRound();
        r.id = id;
        r.lab = lab;
        r.name = "Round " + id;
        r.announcedOn = LocalDate.parse(on);
        r.postMoneyValuation = postMoneyBillions == null ? null : new BigDecimal(postMoneyBillions).movePointRight(9);
        return r;
    }

    private static Valuation valuation(long id, Lab lab, String on, String billions, ValuationBasis basis, FundingRound of) {
        Valuation v = new Valuation();
        v.id = id;
        v.lab = lab;
        v.asOf = LocalDate.parse(on);
        v.value = new BigDecimal(billions).movePointRight(9);
        v.basis = basis;
        v.fundingRound = of;
        return v;
    }

    @Test
    void aRoundsPostMoneyIsAMarkWithoutASecondRecord() {
        FundingRound seriesF = round(10, LAB, "2025-03-01", "61.5");
        FundingRound seriesG = round(11, LAB, "2025-09-01", "183");
        List<ValuationMark> marks = ValuationMarks.of(List.of(), List.of(seriesG, seriesF));
        assertThat(marks).extracting(ValuationMark::round).containsExactly(seriesF, seriesG);
        assertThat(marks.get(1).basis()).isEqualTo(ValuationBasis.PRIMARY_ROUND);
        assertThat(marks.get(1).changeAmount()).contains(new BigDecimal("121.5").movePointRight(9));
        assertThat(marks.get(1).changePercent()).contains(new BigDecimal("197.6"));
        assertThat(marks.get(0).changePercent()).isEmpty();
    }

    @Test
    void aValuationRecordOfARoundIsTheSameMark() {
        FundingRound round = round(10, LAB, "2025-03-01", "61.5");
        Valuation record = valuation(20, LAB, "2025-03-03", "61.5", ValuationBasis.PRIMARY_ROUND, round);
        List<ValuationMark> marks = ValuationMarks.of(List.of(record), List.of(round));
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0).valuation()).isSameAs(record);
        assertThat(marks.get(0).ofRound()).isSameAs(round);
        assertThat(ValuationMarks.ofRound(marks, round)).contains(marks.get(0));
    }

    @Test
    void theChangeIsAgainstThePreviousMarkOfAnyBasisOfTheSameLab() {
        FundingRound round = round(10, LAB, "2025-03-01", "60");
        Valuation talks = valuation(21, LAB, "2025-06-01", "90", ValuationBasis.REPORTED_TALKS, null);
        Valuation secondary = valuation(22, LAB, "2025-08-01", "81", ValuationBasis.SECONDARY_SALE, null);
        Valuation elsewhere = valuation(23, OTHER, "2025-07-01", "5", ValuationBasis.ESTIMATE, null);
        List<ValuationMark> marks = ValuationMarks.of(List.of(secondary, talks, elsewhere), List.of(round));
        ValuationMark last = marks.stream().filter(m -> m.valuation() == secondary).findFirst().orElseThrow();
        assertThat(last.previous().valuation()).isSameAs(talks);
        assertThat(last.changePercent()).contains(new BigDecimal("-10.0"));
        assertThat(last.previous().previous().round()).isSameAs(round);
        assertThat(marks.stream().filter(m -> m.valuation() == elsewhere).findFirst().orElseThrow().previous()).isNull();
    }

    @Test
    void zerosAndMissingFiguresAreNoMarks() {
        FundingRound noPostMoney = round(10, LAB, "2025-03-01", null);
        FundingRound zero = round(11, LAB, "2025-04-01", "0");
        Valuation zeroRecord = valuation(20, LAB, "2025-05-01", "0", ValuationBasis.ESTIMATE, null);
        Valuation real = valuation(21, LAB, "2025-06-01", "10", ValuationBasis.ESTIMATE, null);
        List<ValuationMark> marks = ValuationMarks.of(List.of(zeroRecord, real), List.of(noPostMoney, zero));
        assertThat(marks).extracting(ValuationMark::valuation).containsExactly(real);
        assertThat(marks.get(0).changeAmount()).isEmpty();
    }

    @Test
    void equalDatesKeepTheOrderOfIds() {
        Valuation first = valuation(20, LAB, "2025-05-01", "10", ValuationBasis.ESTIMATE, null);
        Valuation second = valuation(21, LAB, "2025-05-01", "12", ValuationBasis.SECONDARY_SALE, null);
        List<ValuationMark> marks = ValuationMarks.newestFirst(List.of(second, first), List.of());
        assertThat(marks).extracting(ValuationMark::valuation).containsExactly(second, first);
        assertThat(marks.get(0).changePercent()).contains(new BigDecimal("20.0"));
    }
}
