package io.labwatch.domain.watch;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over {@link WatchItem}. */
@ApplicationScoped
public class WatchItemRepository implements PanacheRepository<WatchItem> {
}
