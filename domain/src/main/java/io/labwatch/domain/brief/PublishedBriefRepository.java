package io.labwatch.domain.brief;

import io.labwatch.domain.listing.Cursor;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
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

    /**
     * A page of published briefs by cursor, newest first: those published before the cursor's (then by id), so a brief
     * published meanwhile neither repeats nor shifts a page.
     */
    public Page<PublishedBrief> newestFirst(ListRequest request) {
        List<PublishedBrief> read = request.cursor().isBlank()
                ? find("order by publishedAt desc, id desc").page(0, request.size() + 1).list()
                : before(Cursor.decode(request.cursor(), NEWEST)).page(0, request.size() + 1).list();
        return Page.ofOneMore(read, request.size(), last -> Cursor.after(NEWEST, last.publishedAt, last.id).encode());
    }

    private static final String NEWEST = "newest";

    private io.quarkus.hibernate.orm.panache.PanacheQuery<PublishedBrief> before(Cursor cursor) {
        if (!(cursor.parameter() instanceof java.time.Instant at)) {
            throw Cursor.notGiven();
        }
        return find("publishedAt < ?1 or (publishedAt = ?1 and id < ?2) order by publishedAt desc, id desc", at, cursor.id());
    }

    /** The brief published before this one for the same audience and scope, if any. */
    public Optional<PublishedBrief> previous(PublishedBrief brief) {
        return find("audience = ?1 and scope = ?2 and (publishedAt < ?3 or (publishedAt = ?3 and id < ?4)) order by publishedAt desc, id desc",
                brief.audience, brief.scope, brief.publishedAt, brief.id).firstResultOptional();
    }
}
