package io.labwatch.domain.exchange;

/**
 * A citation on its own: which source backs which fact. {@code factType} is one of lab, hire, fundingRound,
 * valuation, financialMetric, computeDeal, watchItem; {@code fact} is the lab's slug or the fact's id.
 */
public record CitationView(Long id, String source, String factType, String fact, String note, Long version) implements Versioned {
}
