package io.labwatch.domain.profile;

import io.labwatch.domain.shared.Certainty;
import java.time.LocalDate;
import java.util.List;

/**
 * A section of a lab's profile derived from the registry, for a kind of fact without a section of its own: its
 * newest facts, each as its kind summarises it.
 *
 * @param noun      what one line is: "model release"
 * @param title     "Model releases"
 * @param type      the kind's type name for citations: modelRelease
 * @param segment   the kind's URL segment, for edit links: model-releases
 */
public record ProfileSection(String noun, String title, String type, String segment, List<Line> lines) {

    public record Line(Long id, LocalDate date, String displayDate, String summary, Certainty certainty) {
    }
}
