package io.labwatch.domain.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule "valuation marks": a lab's valuation history from its valuation records and its rounds, without entering a
 * round's post-money twice. Every valuation record above zero is a mark; a round with a post-money valuation above zero is a mark
 * of its announcement date unless a valuation record names that round (then the two are one mark, the record's, which
 * says its basis and date). Marks run oldest first per lab (by date, then id), each linked to the one before it of any
 * basis, for the change in USD and percent.
 */
public final class ValuationMarks {

    private ValuationMarks() {
    }

    /** The marks of every lab in the lists, oldest first within each lab (labs in order of their first mark). */
    public static List<ValuationMark> of(Collection<Valuation> valuations, Collection<FundingRound> rounds) {
        Set<Long> roundsWithRecord = new HashSet<>();
        List<ValuationMark> unlinked = new ArrayList<>();
        for (Valuation v : valuations) {
            if (usable(v.value) && v.asOf != null && v.lab != null) {
                unlinked.add(new ValuationMark(v, null, null));
                if (v.fundingRound != null) {
                    roundsWithRecord.add(v.fundingRound.id);
                }
            }
        }
        for (FundingRound r : rounds) {
            if (usable(r.postMoneyValuation) && r.announcedOn != null && r.lab != null
                    && !roundsWithRecord.contains(r.id)) {
                unlinked.add(new ValuationMark(null, r, null));
            }
        }
        unlinked.sort(Comparator.comparing(ValuationMark::on).thenComparing(m -> m.fact().id, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Long, ValuationMark> lastByLab = new HashMap<>();
        List<ValuationMark> marks = new ArrayList<>(unlinked.size());
        for (ValuationMark m : unlinked) {
            ValuationMark linked = m.withPrevious(lastByLab.get(m.lab().id));
            lastByLab.put(m.lab().id, linked);
            marks.add(linked);
        }
        return marks;
    }

    /** The newest mark first: how profiles list them. */
    public static List<ValuationMark> newestFirst(Collection<Valuation> valuations, Collection<FundingRound> rounds) {
        List<ValuationMark> marks = new ArrayList<>(of(valuations, rounds));
        java.util.Collections.reverse(marks);
        return marks;
    }

    /** The mark a round stands for (its own, or the valuation record that names it), if any. */
    public static java.util.Optional<ValuationMark> ofRound(List<ValuationMark> marks, FundingRound round) {
        return marks.stream().filter(m -> m.ofRound() != null && m.ofRound().id != null && m.ofRound().id.equals(round.id)).findFirst();
    }

    /** Zero is no valuation: a stored zero (from before the rule) is left out by {@link #of}, never divided by. */
    static boolean usable(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
