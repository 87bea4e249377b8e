package io.labwatch.domain.listing;

import java.util.List;

/** One page of results with the total across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public long pages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }
}
