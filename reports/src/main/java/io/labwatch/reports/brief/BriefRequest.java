package io.labwatch.reports.brief;

import java.time.LocalDate;
import java.util.List;

/**
 * What a brief covers: the audience, the labs by slug (empty: all labs), the period in which facts happened, the
 * as-of date (facts recorded after it are left out, so a brief can be rebuilt as it was), and optionally the lowest
 * reliability grade a fact's best source may have (absent: every fact).
 */
public record BriefRequest(Audience audience, List<String> labs, LocalDate from, LocalDate to, LocalDate asOf,
        io.labwatch.domain.source.Reliability minimumGrade) {

    public BriefRequest {
        labs = labs == null ? List.of() : labs.stream().map(String::trim).filter(s -> !s.isEmpty()).sorted().distinct().toList();
    }

    /** A brief of every fact, whatever its sources' grades. */
    public BriefRequest(Audience audience, List<String> labs, LocalDate from, LocalDate to, LocalDate asOf) {
        this(audience, labs, from, to, asOf, null);
    }
}
