package io.labwatch.domain.timeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which part of a lab's timeline (lab null: every lab's) to read: a period, some kinds (empty: all), and a page by
 * number, or by cursor (null: by number; empty: the first page).
 */
public record TimelineRequest(String lab, LocalDate from, LocalDate to, Set<String> kinds, int page, int size, String cursor) {

    public TimelineRequest(String lab, LocalDate from, LocalDate to, Set<String> kinds, int page, int size) {
        this(lab, from, to, kinds, page, size, null);
    }
}
