package io.labwatch.reports.brief;

import java.util.List;

/** A sentence of a brief and the numbers of the sources that back it (empty only for sentences stating no fact). */
public record Sentence(String text, List<Integer> footnotes) {
}
