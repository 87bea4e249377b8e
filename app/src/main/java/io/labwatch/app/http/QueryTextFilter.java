package io.labwatch.app.http;

import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.shared.FieldError;
import io.labwatch.domain.shared.TextRules;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before routing, a request whose path or query holds a character no stored text may hold (NUL and other
 * control characters, broken surrogates: {@link TextRules}). Such a value can match nothing, and PostgreSQL refuses
 * a NUL outright: without this check every page and list that hands a parameter to a query answered 500. The
 * problem names the parameter (or "path").
 */
public class QueryTextFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseUnstorableText(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<FieldError> errors = new ArrayList<>();
        firstProblem("path", uri.getPathSegments(true).stream().map(PathSegment::getPath), errors);
        uri.getQueryParameters(true).forEach((name, values) -> firstProblem(name, Stream.concat(Stream.of(name), values.stream()), errors));
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
    }

    /** Adds the problem of the first text that has one, once per field. */
    private static void firstProblem(String field, Stream<String> texts, List<FieldError> errors) {
        texts.filter(text -> !TextRules.check(field, text, errors)).findFirst();
    }
}
