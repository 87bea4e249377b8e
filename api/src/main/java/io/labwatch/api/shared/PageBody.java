package io.labwatch.api.shared;

import io.labwatch.domain.listing.Page;
import java.util.List;

/**
 * A page of a list as the API returns it, one shape for every list: the items and the size; by number, where the
 * page is and how many there are in all; by cursor, the cursor of the next page (absent on the last) and no total.
 */
public record PageBody<T>(List<T> items, Integer page, int size, Long total, Long pages, String next) {

    public static <T> PageBody<T> of(Page<T> page) {
        if (page.byCursor()) {
            return new PageBody<>(page.items(), null, page.size(), null, null, page.next());
        }
        return new PageBody<>(page.items(), page.page(), page.size(), page.total(), page.pages(), null);
    }
}
