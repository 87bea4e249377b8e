package io.labwatch.reports.brief;

import java.time.LocalDate;
import java.util.List;

/**
 * What a brief covers: the audience, the labs by slug (empty: all labs), the period in which facts happened, and
 * the as-of date (facts recorded after it are left out, so a brief can be rebuilt as it was).
 */
public record BriefRequest(Audience audience, List<String> labs, LocalDate from, LocalDate to, LocalDate asOf) {

    public BriefRequest {
        labs = labs == null ? List.of() : labs.stream().map(String::trim).filter(s -> !s.isEmpty()).sorted().distinct().toList();
    }
}
