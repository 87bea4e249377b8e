package io.labwatch.domain.brief;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over published briefs. */
@ApplicationScoped
public class PublishedBriefRepository implements PanacheRepository<PublishedBrief> {

    /** The newest first, without their rendered bodies. */
    public List<PublishedBrief> newestFirst(int limit) {
        return find("order by publishedAt desc, id desc").page(0, limit).list();
    }

    /** The brief published before this one for the same audience and scope, if any. */
    public Optional<PublishedBrief> previous(PublishedBrief brief) {
        return find("audience = ?1 and scope = ?2 and (publishedAt < ?3 or (publishedAt = ?3 and id < ?4)) order by publishedAt desc, id desc",
                brief.audience, brief.scope, brief.publishedAt, brief.id).firstResultOptional();
    }
}
