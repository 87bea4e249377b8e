package io.labwatch.api.review;

import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.review.ProposalService;
import jakarta.ws.rs.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Where review is required for the caller's role, the API does not write facts or records around it: writes to the
 * record collections, imports and restores are refused (403), and the change is proposed in the web forms instead.
 */
public class ReviewedWrites {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    ProposalService proposals;

    @Inject
    RecordKinds kinds;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void refuseUnreviewed(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod()) || identity.isAnonymous() || !proposals.requiredFor(identity)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String[] parts = path.split("/");
        boolean records = parts.length >= 3 && parts[1].equals("api")
                && (parts[2].equals("import") || parts[2].equals("citations") || parts[2].equals("history") || kinds.all().stream().anyMatch(k -> k.segment.equals(parts[2])));
        if (records) {
            throw new ForbiddenException("review is required for your role: propose this change in the web form (Propose for review), "
                    + "and another analyst approves it");
        }
    }
}
