package io.labwatch.api.shared;

import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.listing.ListRequest;
import io.labwatch.domain.listing.Page;
import io.labwatch.domain.shared.FieldError;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads page, size, sort and filters from a request, and answers a page with RFC 8288 Link headers. */
public final class Listing {

    private static final Set<String> CONTROLS = Set.of("page", "size", "sort", "cursor", "limit");

    private Listing() {
    }

    /** Every query parameter other than page, size and sort is a filter; the list decides which it knows. */
    public static ListRequest request(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> filters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (values.size() > 1) {
                errors.add(new FieldError(name, "is given more than once"));
            } else if (!CONTROLS.contains(name)) {
                filters.put(name, values.get(0));
            }
        });
        int page = ListRequest.number(query.getFirst("page"), 1, "page", errors);
        int size = ListRequest.number(query.getFirst("size"), ListRequest.DEFAULT_SIZE, "size", errors);
        // by cursor when either is given: ?limit=50 starts at the beginning, ?cursor=<next>&limit=50 goes on
        String cursor = query.getFirst("cursor");
        if (query.containsKey("limit")) {
            size = ListRequest.number(query.getFirst("limit"), ListRequest.DEFAULT_SIZE, "limit", errors);
            cursor = cursor == null ? "" : cursor;
        }
        if (cursor != null && query.containsKey("page")) {
            errors.add(new FieldError("cursor", "pages by cursor, not by number: send cursor and limit, or page and size"));
        }
        if (query.containsKey("size") && query.containsKey("limit")) {
            errors.add(new FieldError("limit", "is the size of a page by cursor: send limit or size, not both"));
        }
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        return new ListRequest(filters, query.getFirst("sort"), page, size, cursor);
    }

    /**
     * The request of a list in one order whose only filters are {@code known}: any other parameter, or a sort, is a 400
     * naming it and the list's filters.
     */
    public static ListRequest request(UriInfo uri, String list, java.util.Collection<String> known) {
        ListRequest request = request(uri);
        List<FieldError> errors = new ArrayList<>(request.filters().keySet().stream().filter(name -> !known.contains(name))
                .map(name -> new FieldError(name, "is not a parameter of " + list + (known.isEmpty() ? "; it has no filters"
                        : "; its filters: " + String.join(", ", known))))
                .toList());
        if (request.sort() != null) {
            errors.add(new FieldError("sort", "is not a parameter of " + list + ", which has one order"));
        }
        List<FieldError> paging = new ArrayList<>();
        ListRequest.checkPaging(request.page(), request.size(), paging);
        boolean byLimit = uri.getQueryParameters().containsKey("limit");
        paging.forEach(e -> errors.add(byLimit && e.field().equals("size") ? new FieldError("limit", e.message()) : e));
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        return request;
    }

    /**
     * The request of a list that pages by cursor only (newest first, or by rank, with nothing counted): no parameter is
     * the first page; page or size is a 400 saying to send limit and cursor.
     */
    public static ListRequest byCursor(UriInfo uri, String list, java.util.Collection<String> known) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        List<FieldError> errors = new ArrayList<>();
        for (String numbered : List.of("page", "size")) {
            if (query.containsKey(numbered)) {
                errors.add(new FieldError(numbered, "is not a parameter of " + list + ", which pages by cursor: send limit, then cursor"
                        + " with the 'next' of the page before"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadQueryException(errors);
        }
        ListRequest request = request(uri, list, known);
        return request.byCursor() ? request : new ListRequest(request.filters(), request.sort(), 1, request.size(), "");
    }

    /** The page with Link headers to its neighbours, built from {@code requestUri} (the request's URL on the public base). */
    public static <T> Response respond(Page<T> page, URI requestUri) {
        if (page.byCursor()) {
            Response.ResponseBuilder response = Response.ok(PageBody.of(page));
            if (page.next() != null) {
                response.link(UriBuilder.fromUri(requestUri).replaceQueryParam("cursor", page.next()).build(), "next");
            }
            return response.build();
        }
        Response.ResponseBuilder response = Response.ok(PageBody.of(page)).header("X-Total-Count", page.total());
        response.link(pageUri(requestUri, 1), "first");
        response.link(pageUri(requestUri, (int) page.pages()), "last");
        if (page.page() > 1) {
            response.link(pageUri(requestUri, Math.min(page.page() - 1, (int) page.pages())), "prev");
        }
        if (page.page() < page.pages()) {
            response.link(pageUri(requestUri, page.page() + 1), "next");
        }
        return response.build();
    }

    private static URI pageUri(URI requestUri, int page) {
        return UriBuilder.fromUri(requestUri).replaceQueryParam("page", page).build();
    }
}
