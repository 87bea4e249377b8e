package io.labwatch.web.lab;

import io.labwatch.domain.shared.Certainty;
import java.time.LocalDate;

/** One line of a lab's timeline on its profile: when, what kind, what happened, how sure, and which fact. */
public record TimelineItem(LocalDate date, String displayDate, String kind, String summary, Certainty certainty, String type, Long id) {
}
