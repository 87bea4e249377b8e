package io.labwatch.web.watchlist;

import io.labwatch.domain.watchlist.Watchlist;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** For the follow button ({inject:follows.has('lab', slug)}): whether the signed-in user follows a lab or person. */
@Named("follows")
@RequestScoped
public class Follows {

    @Inject
    Watchlist watchlist;

    @Inject
    SecurityIdentity identity;

    public boolean has(String kind, String slug) {
        return !identity.isAnonymous() && watchlist.follows(identity.getPrincipal().getName(), kind, slug);
    }
}
