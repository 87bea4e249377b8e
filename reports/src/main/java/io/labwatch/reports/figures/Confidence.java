package io.labwatch.reports.figures;

import io.labwatch.domain.shared.Certainty;
import io.labwatch.domain.source.Reliability;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule "confidence": how far the facts that a brief's key judgments rest on can be trusted, stated apart from how likely
 * anything is (as ICD 203 asks). Each fact is:
 * <ul>
 * <li><b>weak</b> when rumoured, or when it is reported (not confirmed) by one outlet alone and no source of it is graded A to
 * C;</li>
 * <li><b>strong</b> otherwise when confirmed with a source graded A to C, or carried by two or more outlets one of which is
 * graded A or B;</li>
 * <li><b>moderate</b> otherwise.</li>
 * </ul>
 * Confidence is <b>high</b> when every fact is strong, <b>low</b> when more than a third are weak, and <b>moderate</b>
 * otherwise.
 */
public final class Confidence {

    /** One fact as this rule reads it: its certainty, how many outlets carry it, and its best source's grade (F: ungraded). */
    public record Basis(Certainty certainty, int outlets, Reliability bestGrade) {

        Strength strength() {
            boolean goodSource = bestGrade.ordinal() <= Reliability.C.ordinal();
            if (certainty == Certainty.RUMOURED || certainty == Certainty.REPORTED && outlets <= 1 && !goodSource) {
                return Strength.WEAK;
            }
            if (certainty == Certainty.CONFIRMED && goodSource || outlets >= 2 && bestGrade.ordinal() <= Reliability.B.ordinal()) {
                return Strength.STRONG;
            }
            return Strength.MODERATE;
        }
    }

    enum Strength { STRONG, MODERATE, WEAK }

    public enum Level {
        HIGH("high"), MODERATE("moderate"), LOW("low");

        public final String words;

        Level(String words) {
            this.words = words;
        }
    }

    /** The level, and the counts the statement gives so that a reader can check it. */
    public record Assessment(Level level, int facts, Map<Certainty, Integer> byCertainty, int singleOutlet,
            Map<Reliability, Integer> bestGrades) {

        /**
         * "Confidence: moderate. The judgments rest on 6 facts: 1 confirmed, 5 reported, none rumoured; 4 come from a single
         * outlet; best source grade per fact: B (3), C (2), ungraded (1)."
         */
        public String sentence() {
            List<String> parts = bestGrades.entrySet().stream()
                    .map(e -> (e.getKey() == Reliability.F ? "ungraded" : e.getKey().name()) + " (" + e.getValue() + ")").toList();
            return "Confidence: " + level.words + ". The judgments rest on " + facts + (facts == 1 ? " fact: " : " facts: ")
                    + count(Certainty.CONFIRMED, "confirmed") + ", " + count(Certainty.REPORTED, "reported") + ", "
                    + count(Certainty.RUMOURED, "rumoured") + "; " + (singleOutlet == 0 ? "none" : String.valueOf(singleOutlet))
                    + (singleOutlet == 1 ? " comes" : " come") + " from a single outlet; "
                    + "best source grade per fact: " + String.join(", ", parts) + ".";
        }

        private String count(Certainty c, String word) {
            int n = byCertainty.getOrDefault(c, 0);
            return (n == 0 ? "none" : String.valueOf(n)) + " " + word;
        }
    }

    private Confidence() {
    }

    /** The assessment of these facts; nothing for none. */
    public static Optional<Assessment> of(Collection<Basis> facts) {
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        List<Strength> strengths = facts.stream().map(Basis::strength).toList();
        long weak = strengths.stream().filter(s -> s == Strength.WEAK).count();
        Level level = strengths.stream().allMatch(s -> s == Strength.STRONG) ? Level.HIGH
                : weak * 3 > facts.size() ? Level.LOW : Level.MODERATE;
        Map<Certainty, Integer> byCertainty = new EnumMap<>(Certainty.class);
        Map<Reliability, Integer> grades = new EnumMap<>(Reliability.class);
        for (Basis b : facts) {
            byCertainty.merge(b.certainty(), 1, Integer::sum);
            grades.merge(b.bestGrade(), 1, Integer::sum);
        }
        int single = (int) facts.stream().filter(b -> b.outlets() <= 1).count();
        return Optional.of(new Assessment(level, facts.size(), byCertainty, single, grades));
    }
}
