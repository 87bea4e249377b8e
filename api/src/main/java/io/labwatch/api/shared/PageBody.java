package io.labwatch.api.shared;

import io.labwatch.domain.listing.Page;
import java.util.List;

/** A page of a list as the API returns it: the items, where the page is, and how many there are in all. */
public record PageBody<T>(List<T> items, int page, int size, long total, long pages) {

    public static <T> PageBody<T> of(Page<T> page) {
        return new PageBody<>(page.items(), page.page(), page.size(), page.total(), page.pages());
    }
}
