package io.labwatch.domain.watchlist;

import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.account.UserAccount;
import io.labwatch.domain.listing.Cursor;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.SqlValues;
import io.labwatch.domain.shared.TextRules;
import io.labwatch.domain.timeline.TimelineEntry;
import io.labwatch.domain.timeline.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** What a user follows (labs and people), and the facts recorded for those since a moment. */
@ApplicationScoped
public class Watchlist {

    /** A followed lab or person: kind ("lab" or "person"), slug and name. */
    public record Followed(String kind, String slug, String name) {
    }

    /** A saved search: facts about the labs and people it finds count as followed. */
    public record SavedSearch(long id, String query) {
    }

    @Inject
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    TimelineQuery timeline;

    @Transactional
    public void follow(String username, String kind, String slug) {
        if (slug == null || slug.isBlank()) {
            throw InvalidInputException.of("slug", "is required");
        }
        UserAccount user = user(username);
        String column = column(kind);
        int added = em.createNativeQuery("insert into follow (user_id, " + column + ") select :user, id from " + table(kind)
                        + " where slug = :slug on conflict do nothing")
                .setParameter("user", user.id).setParameter("slug", slug).executeUpdate();
        if (added == 0 && followed(username).stream().noneMatch(f -> f.kind().equals(kind) && f.slug().equals(slug))) {
            throw new NotFoundException(kind.equals("lab") ? "Lab" : "Person", slug);
        }
    }

    /** Whether the user follows that lab or person. */
    @Transactional
    public boolean follows(String username, String kind, String slug) {
        return !em.createNativeQuery("select 1 from follow f join app_user u on u.id = f.user_id join " + table(kind) + " t on t.id = f."
                        + column(kind) + " where u.username = :u and t.slug = :slug")
                .setParameter("u", username).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public void unfollow(String username, String kind, String slug) {
        em.createNativeQuery("delete from follow where user_id = :user and " + column(kind) + " = (select id from " + table(kind)
                + " where slug = :slug)").setParameter("user", user(username).id).setParameter("slug", slug).executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Followed> followed(String username) {
        List<Object[]> rows = em.createNativeQuery("""
                select 'lab', l.slug, l.name from follow f join lab l on l.id = f.lab_id where f.user_id = :user
                union all
                select 'person', p.slug, p.name from follow f join person p on p.id = f.person_id where f.user_id = :user
                order by 1, 3
                """).setParameter("user", user(username).id).getResultList();
        return rows.stream().map(r -> new Followed((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /**
     * Facts recorded after {@code since} (by when they were first recorded) about the labs and people the user follows, newest
     * record first, at most {@code limit}.
     */
    @Transactional
    public List<TimelineEntry> whatsNew(String username, Instant since, int limit) {
        return timeline.entries(news(username, since, null, limit));
    }

    /**
     * A page of {@link #whatsNew} by cursor: the facts recorded before the cursor's (then by id), so facts recorded
     * meanwhile neither repeat nor shift a page.
     */
    @Transactional
    public Page<TimelineEntry> whatsNew(String username, Instant since, ListRequest request) {
        Cursor after = request.cursor().isBlank() ? null : Cursor.decode(request.cursor(), NEWEST);
        if (after != null && !(after.parameter() instanceof Instant)) {
            throw Cursor.notGiven();
        }
        Page<Object[]> rows = Page.ofOneMore(news(username, since, after, request.size() + 1), request.size(),
                last -> Cursor.after(NEWEST, SqlValues.instant(last[4]), ((Number) last[1]).longValue()).encode());
        return rows.withItems(timeline.entries(rows.items()));
    }

    private static final String NEWEST = "newest";

    /** The rows of the news (kind, fact id, date, precision, recorded at), after a cursor or from the start. */
    @SuppressWarnings("unchecked")
    private List<Object[]> news(String username, Instant since, Cursor after, int limit) {
        long user = user(username).id;
        return em.createNativeQuery("""
                select kind, fact_id, occurred_on, date_precision, created_at from (
                  select distinct case when e.kind = 'HIRE_OUT' then 'HIRE_IN' else e.kind end as kind, e.fact_id, e.occurred_on,
                         e.date_precision, e.created_at
                    from lab_event e join follow f on f.lab_id = e.lab_id
                   where f.user_id = :user and e.kind <> 'SOURCE' and e.created_at > :since
                  union
                  -- a followed person's facts of every kind, through fact_party (a move also reaches whom it reports to)
                  select case when x.kind = 'HIRE' then 'HIRE_IN' else x.kind end, x.id, x.occurred_on, x.date_precision, x.created_at
                    from follow f join fact_party p on p.person_id = f.person_id join fact x on x.id = p.fact_id
                   where f.user_id = :user and x.created_at > :since
                  union
                  select case when e.kind = 'HIRE_OUT' then 'HIRE_IN' else e.kind end, e.fact_id, e.occurred_on, e.date_precision, e.created_at
                    from saved_search s join lab l on l.search @@ websearch_to_tsquery('english', s.query)
                    join lab_event e on e.lab_id = l.id
                   where s.user_id = :user and e.kind <> 'SOURCE' and e.created_at > :since
                  union
                  select case when x.kind = 'HIRE' then 'HIRE_IN' else x.kind end, x.id, x.occurred_on, x.date_precision, x.created_at
                    from saved_search s join person p on p.search @@ websearch_to_tsquery('english', s.query)
                    join fact_party fp on fp.person_id = p.id join fact x on x.id = fp.fact_id
                   where s.user_id = :user and x.created_at > :since
                ) news
                 where :first or (created_at, fact_id) < (cast(:at as timestamptz), :id)
                 order by created_at desc, fact_id desc limit :limit
                """).setParameter("user", user).setParameter("since", since).setParameter("limit", limit)
                .setParameter("first", after == null).setParameter("at", after == null ? Instant.EPOCH : after.parameter())
                .setParameter("id", after == null ? 0L : after.id()).getResultList();
    }

    @Transactional
    public SavedSearch saveSearch(String username, String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || q.length() > 200) {
            throw InvalidInputException.of("query", "is required (at most 200 characters)");
        }
        TextRules.require("query", q);
        long user = user(username).id;
        em.createNativeQuery("insert into saved_search (user_id, query) values (:user, :q) on conflict do nothing")
                .setParameter("user", user).setParameter("q", q).executeUpdate();
        return savedSearches(username).stream().filter(s -> s.query().equals(q)).findFirst().orElseThrow();
    }

    @Transactional
    public void removeSearch(String username, long id) {
        em.createNativeQuery("delete from saved_search where id = :id and user_id = :user").setParameter("id", id)
                .setParameter("user", user(username).id).executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<SavedSearch> savedSearches(String username) {
        List<Object[]> rows = em.createNativeQuery("select id, query from saved_search where user_id = :user order by query")
                .setParameter("user", user(username).id).getResultList();
        return rows.stream().map(r -> new SavedSearch(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /**
     * A new private token for the user's watchlist feed, replacing (and so revoking) any earlier one. Only its
     * SHA-256 is kept: the token is shown once.
     */
    @Transactional
    public String newFeedToken(String username) {
        String token = Hashes.randomSecret("wf_");
        user(username).feedTokenHash = Hashes.sha256(token);
        return token;
    }

    @Transactional
    public void revokeFeedToken(String username) {
        user(username).feedTokenHash = null;
    }

    @Transactional
    public boolean hasFeedToken(String username) {
        return user(username).feedTokenHash != null;
    }

    /**
     * The signature that lets a feed reader fetch one feed of the site ("labs/anthropic") as this user: keyed by the
     * stored hash of the user's feed token, so that replacing or revoking that token ends every link signed with it,
     * and no link can be made without it. Empty while the user has no feed token.
     */
    @Transactional
    public java.util.Optional<String> feedSignature(String username, String feed) {
        String key = user(username).feedTokenHash;
        return java.util.Optional.ofNullable(key).map(k -> signature(k, feed));
    }

    /** Whether the signature opens that feed for that user now. */
    @Transactional
    @SuppressWarnings("unchecked")
    public boolean opens(String username, String signature, String feed) {
        List<String> keys = em.createNativeQuery("select feed_token_hash from app_user where username = :u and enabled and feed_token_hash is not null")
                .setParameter("u", username).getResultList();
        return keys.stream().anyMatch(k -> java.security.MessageDigest.isEqual(signature(k, feed).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                String.valueOf(signature).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String signature(String key, String feed) {
        return Hashes.hmacSha256(key, "feed:" + feed).substring(0, 32);
    }

    /** The user whose watchlist feed the token opens. */
    @Transactional
    @SuppressWarnings("unchecked")
    public String feedOwner(String token) {
        List<String> names = em.createNativeQuery("select username from app_user where feed_token_hash = :hash")
                .setParameter("hash", Hashes.sha256(token == null ? "" : token)).getResultList();
        return names.stream().findFirst().orElseThrow(() -> new NotFoundException("Watchlist feed", "with this token"));
    }

    /**
     * Notes that the user has seen what is new up to now; returns when they had looked before (null: never). One
     * statement reads the old value under the row's lock and writes the new one, so parallel visits (tabs, a reload)
     * wait for each other instead of failing; it leaves the account's version alone, which guards the edits of its
     * role, password and state, and a visit is none of those.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Instant markSeen(String username) {
        List<Object> before = em.createNativeQuery("""
                update app_user u set news_seen_at = :now
                  from (select id, news_seen_at from app_user where username = :name for update) old
                 where u.id = old.id
                returning old.news_seen_at
                """).setParameter("now", Instant.now()).setParameter("name", username).getResultList();
        if (before.isEmpty()) {
            throw new NotFoundException("User", username);
        }
        return SqlValues.instant(before.get(0));
    }

    private UserAccount user(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private static String column(String kind) {
        if (kind == null) {
            throw InvalidInputException.of("kind", "must be lab or person");
        }
        return switch (kind) {
            case "lab" -> "lab_id";
            case "person" -> "person_id";
            default -> throw InvalidInputException.of("kind", "must be lab or person");
        };
    }

    private static String table(String kind) {
        return kind.equals("lab") ? "lab" : "person";
    }
}
