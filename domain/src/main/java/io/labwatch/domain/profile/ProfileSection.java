package io.labwatch.domain.profile;

import io.labwatch.domain.shared.Certainty;
import java.time.LocalDate;
import java.util.List;

/**
 * A section of a lab's profile or a person's page derived from the registry, for a kind of fact without a section of its own: its
 * newest facts, each as its kind summarises it.
 *
 * @param noun      what one line is: "model release"
 * @param title     "Model releases"
 * @param type      the kind's type name for citations: modelRelease
 * @param segment   the kind's URL segment, for edit links: model-releases
 */
public record ProfileSection(String noun, String title, String type, String segment, List<Line> lines) {

    /** One section per derived kind, in registry order, of the facts found for each (none: an empty section). */
    public static List<ProfileSection> of(List<io.labwatch.domain.exchange.RecordKind> kinds,
            java.util.Map<io.labwatch.domain.exchange.RecordKind, List<io.labwatch.domain.shared.DatedFact>> facts) {
        return kinds.stream().map(kind -> new ProfileSection(kind.noun, kind.title(),
                kind.citedType(), kind.segment, facts.getOrDefault(kind, List.of()).stream().map(f -> new Line(f.id, f.occurredOn(),
                        f.displayDate(), kind.summary(f), f.certainty)).toList())).toList();
    }

    public record Line(Long id, LocalDate date, String displayDate, String summary, Certainty certainty) {
    }
}
