package io.labwatch.reports.build;

import io.labwatch.domain.hire.Hire;
import io.labwatch.domain.hire.RoleClass;
import io.labwatch.domain.hire.HireKind;
import io.labwatch.reports.brief.Audience;
import java.math.BigDecimal;

/**
 * The documented rule that ranks key takeaways. A base score per fact, then an audience multiplier:
 * <ul>
 * <li>hire: 2 × seniority weight (junior 1 … executive 5), +2 when the person founded the lab;</li>
 * <li>funding round: 4 + log10 of the larger of amount raised and post-money valuation in $B + |step-up %| / 25 (at
 * most +3; the step-up is against the lab's previous valuation mark);</li>
 * <li>valuation (not tied to a round of the period): 4 + log10(value in $B) + |change %| / 25 (at most +3);</li>
 * <li>revenue and other money metrics: 3 + log10(value in $B); compute deal: 6.</li>
 * </ul>
 * Investors weigh rounds and valuations ×2, metrics ×1.5 and hires ×0.6 (talent is a leading signal for them, money
 * the news: a round must lead their brief); regulators weigh safety and red-team hires ×2,
 * compute deals ×1.6 and founders leaving to start labs ×1.3; enterprise buyers weigh capability hires
 * (pre-training, research, product) ×1.4, compute deals ×1.4 and departures ×1.2; competitors weigh every move ×1.5.
 * Ties go to the later fact, then the key.
 */
final class Significance {


    private Significance() {
    }

    static double hire(Hire h, Audience audience) {
        double score = 2.0 * h.seniority.weight + (h.kind == HireKind.FOUNDED ? 2 : 0);
        return score * switch (audience) {
            case REGULATOR -> isSafety(h) ? 2.0 : h.kind == HireKind.FOUNDED ? 1.3 : 1.0;
            case ENTERPRISE_BUYER -> isCapability(h) ? 1.4 : h.kind == HireKind.DEPARTED ? 1.2 : 1.0;
            case COMPETITOR -> 1.5;
            case INVESTOR -> 0.6;
        };
    }

    static double round(BigDecimal amount, BigDecimal postMoney, Double stepUpPercent, Audience audience) {
        BigDecimal size = max(amount, postMoney);
        return (4 + log10Billions(size) + changeBonus(stepUpPercent)) * (audience == Audience.INVESTOR ? 2.0 : 1.0);
    }

    static double valuation(BigDecimal value, Double changePercent, Audience audience) {
        return (4 + log10Billions(value) + changeBonus(changePercent)) * (audience == Audience.INVESTOR ? 2.0 : 1.0);
    }

    private static double changeBonus(Double percent) {
        return percent == null ? 0 : Math.min(3, Math.abs(percent) / 25);
    }

    static double metric(BigDecimal value, Audience audience) {
        return (3 + log10Billions(value)) * (audience == Audience.INVESTOR ? 1.5 : 1.0);
    }

    static double deal(Audience audience) {
        return 6 * switch (audience) {
            case REGULATOR -> 1.6;
            case ENTERPRISE_BUYER -> 1.4;
            default -> 1.0;
        };
    }

    static boolean isSafety(Hire h) {
        return RoleClass.of(h) == RoleClass.SAFETY_AND_SECURITY;
    }

    static boolean isCapability(Hire h) {
        return RoleClass.of(h).isCapability();
    }

    private static double log10Billions(BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        return Math.max(-2, Math.log10(value.doubleValue() / 1e9));
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
