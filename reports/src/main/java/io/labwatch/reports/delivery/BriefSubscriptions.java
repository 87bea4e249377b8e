package io.labwatch.reports.delivery;

import io.labwatch.domain.account.AccountService;
import io.labwatch.domain.brief.BriefSubscription;
import io.labwatch.domain.brief.Cadence;
import io.labwatch.domain.lab.LabRepository;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.Hashes;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.reports.brief.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Users' subscriptions to scheduled briefs: subscribing (every field checked, every error at once), listing one's own
 * with how each email went, cancelling, and unsubscribing by the token an email carries.
 */
@ApplicationScoped
public class BriefSubscriptions {

    /** How a subscription's emails went, newest first: a scheduled brief or an erratum, its period and its state. */
    public record Delivery(String kind, LocalDate from, LocalDate to, String status, int attempts, String lastError, Instant sentAt,
            Long briefId) {
    }

    /** A subscription as its owner sees it. */
    public record View(long id, String email, Audience audience, List<String> labs, Cadence cadence, Instant nextRunAt, boolean active,
            List<Delivery> deliveries) {
    }

    static final int MAX_PER_USER = 20;

    @Inject
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LabRepository labs;

    /**
     * Subscribes a user: {@code audience} an audience's name, {@code labSlugs} the labs (empty: all), {@code cadence}
     * WEEKLY or MONTHLY. The first brief goes out at the cadence's next run.
     */
    @Transactional
    public View subscribe(String username, String email, String audience, List<String> labSlugs, String cadence) {
        List<FieldError> errors = new ArrayList<>();
        String address = email == null ? "" : email.trim();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 320) {
            errors.add(new FieldError("email", "must be an email address, such as name@example.com"));
        }
        Optional<Audience> reader = parse(Audience.class, audience);
        if (reader.isEmpty()) {
            errors.add(new FieldError("audience", "must be one of " + names(Audience.values())));
        }
        Optional<Cadence> every = parse(Cadence.class, cadence);
        if (every.isEmpty()) {
            errors.add(new FieldError("cadence", "must be WEEKLY or MONTHLY"));
        }
        List<String> slugs = labSlugs == null ? List.of() : labSlugs.stream().map(String::trim).filter(s -> !s.isEmpty()).sorted().distinct().toList();
        slugs.stream().filter(s -> labs.findBySlug(s).isEmpty()).forEach(s -> errors.add(new FieldError("labs", "no lab with slug '" + s + "'")));
        if (String.join(",", slugs).length() > 2000) {
            errors.add(new FieldError("labs", "too many labs for one subscription; leave empty for all"));
        }
        var user = accounts.find(username).orElseThrow(() -> new NotFoundException("User", username));
        if (em.createQuery("select count(s) from BriefSubscription s where s.user = :u and s.active", Long.class).setParameter("u", user)
                .getSingleResult() >= MAX_PER_USER) {
            errors.add(new FieldError("cadence", "you already have " + MAX_PER_USER + " subscriptions; cancel one first"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BriefSubscription s = new BriefSubscription();
        s.user = user;
        s.email = address;
        s.audience = reader.orElseThrow().name();
        s.scope = String.join(",", slugs);
        s.cadence = every.orElseThrow();
        s.nextRunAt = s.cadence.nextRun(Instant.now());
        s.unsubscribeToken = Hashes.randomSecret("uns_");
        s.active = true;
        em.persist(s);
        return view(s);
    }

    /** The user's subscriptions, newest first, each with its last deliveries. */
    @Transactional
    public List<View> of(String username) {
        return em.createQuery("select s from BriefSubscription s where s.user.username = :u order by s.active desc, s.id desc",
                BriefSubscription.class).setParameter("u", username).getResultList().stream().map(this::view).toList();
    }

    /** Ends one of the user's subscriptions; another user's is not found. */
    @Transactional
    public void cancel(String username, long id) {
        int ended = em.createQuery("update BriefSubscription s set s.active = false where s.id = :id and s.user.id in"
                + " (select u.id from UserAccount u where u.username = :u)").setParameter("id", id).setParameter("u", username).executeUpdate();
        if (ended == 0) {
            throw new NotFoundException("Subscription", id);
        }
    }

    /** The subscription an email's token names, if any (for the unsubscribe page). */
    @Transactional
    public Optional<View> byToken(String token) {
        return find(token).map(this::view);
    }

    /** Ends the subscription the token names; true when there was one. */
    @Transactional
    public boolean unsubscribe(String token) {
        return find(token).map(s -> {
            s.active = false;
            return true;
        }).orElse(false);
    }

    private Optional<BriefSubscription> find(String token) {
        if (token == null || !token.matches("uns_[A-Za-z0-9_-]{10,60}")) {
            return Optional.empty();
        }
        return em.createQuery("select s from BriefSubscription s where s.unsubscribeToken = :t", BriefSubscription.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    private View view(BriefSubscription s) {
        List<Delivery> deliveries = em.createQuery("select d.kind, d.periodFrom, d.periodTo, d.status, d.attempts, d.lastError, d.sentAt,"
                        + " d.briefId from BriefDelivery d where d.subscriptionId = :s order by d.createdAt desc, d.id desc", Object[].class)
                .setParameter("s", s.id).setMaxResults(10).getResultStream()
                .map(r -> new Delivery((String) r[0], (LocalDate) r[1], (LocalDate) r[2], (String) r[3], (Integer) r[4], (String) r[5],
                        (Instant) r[6], (Long) r[7])).toList();
        return new View(s.id, s.email, Audience.valueOf(s.audience), s.labs(), s.cadence,
                s.nextRunAt, s.active, deliveries);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
