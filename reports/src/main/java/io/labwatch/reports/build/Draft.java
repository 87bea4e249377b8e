package io.labwatch.reports.build;

import io.labwatch.domain.source.Citation;
import java.util.List;

/** A sentence before its sources are numbered. */
record Draft(String text, List<Citation> citations) {
}
