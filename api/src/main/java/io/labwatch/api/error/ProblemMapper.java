package io.labwatch.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.labwatch.domain.exchange.ImportRejectedException;
import io.labwatch.domain.listing.BadQueryException;
import io.labwatch.domain.shared.DuplicateException;
import io.labwatch.domain.shared.InUseException;
import io.labwatch.domain.shared.InvalidInputException;
import io.labwatch.domain.shared.NotFoundException;
import io.labwatch.domain.shared.StaleVersionException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of an API call into an application/problem+json response with a precise status. */
public class ProblemMapper {

    @jakarta.inject.Inject
    io.labwatch.domain.exchange.RecordKinds kinds;

    @jakarta.inject.Inject
    io.labwatch.api.shared.RecordAddresses addresses;


    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return respond(Problem.of("validation", "Invalid input", 422, e.getMessage(),
                e.errors.stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList()));
    }

    @ServerExceptionMapper
    public Response badQuery(BadQueryException e) {
        return respond(Problem.of("bad-query", "Invalid query", 400, e.getMessage(),
                e.errors.stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList()));
    }

    @ServerExceptionMapper
    public Response importRejected(ImportRejectedException e) {
        return respond(Problem.of("import-rejected", "Import rejected", 422,
                e.errors.size() + " problem(s) found; nothing was written",
                e.errors.stream().map(r -> new Problem.FieldProblem(r.section() + "." + r.field(), r.message(), r.row())).toList()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(Problem.of("not-found", "Not found", 404, e.getMessage()));
    }

    /** The fields of the key in words, and a link to the record that holds it (relative: never built from the Host header). */
    @ServerExceptionMapper
    public Response duplicate(DuplicateException e) {
        Problem problem = Problem.of("duplicate", "Already exists", 409, e.getMessage(),
                e.fields.stream().map(field -> new Problem.FieldProblem(field, e.messageFor(field))).toList());
        return respond(e.existing == null ? problem : kinds.ofClass(e.type)
                .map(kind -> problem.linking("/api/" + kind.segment + "/" + e.existing)).orElse(problem));
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e) {
        return respond(Problem.of("stale-version", "Edited by someone else", 409, e.getMessage(),
                List.of(new Problem.FieldProblem("version", "is " + e.expectedVersion + "; the current version is " + e.currentVersion))));
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e) {
        return respond(Problem.of("precondition-failed", "Precondition failed", 412, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e) {
        return respond(Problem.of("precondition-required", "Precondition required", 428, e.getMessage()));
    }

    /** A signed-in caller whose role may not do this (the HTTP permissions that apply to Jakarta REST end here). */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "your account's role does not allow this: changes need the analyst role, "
                + "administration the admin role"));
    }

    @ServerExceptionMapper
    public Response inUse(InUseException e) {
        return respond(Problem.of("in-use", "Still referenced", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return respond(Problem.of("malformed-request", "Malformed request", 400, "unknown field '" + e.getPropertyName() + "'",
                List.of(new Problem.FieldProblem(JsonProblems.path(e), "is not a known field; known fields: " + e.getKnownPropertyIds()))));
    }

    @ServerExceptionMapper
    public Response wrongValue(InvalidFormatException e) {
        return respond(Problem.of("malformed-request", "Malformed request", 400,
                "'" + e.getValue() + "' is not " + JsonProblems.expected(e.getTargetType()), List.of(JsonProblems.of(e))));
    }

    @ServerExceptionMapper
    public Response wrongShape(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return respond(Problem.of("malformed-request", "Malformed request", 400,
                e instanceof JsonMappingException ? "the body does not fit the expected shape" : "the body is not valid JSON",
                List.of(JsonProblems.of(e))));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        return respond(Problem.of("validation", "Invalid request", 400, "request parameters are invalid",
                e.getConstraintViolations().stream()
                        .map(v -> new Problem.FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, jakarta.ws.rs.core.UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            // a redirect (an old fact id): its Location is the answer
            return e.getResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Response problem = respond(Problem.of("http-" + status, title, status, e.getMessage()));
        // a 405 says which methods the address takes
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow == null && status == 405) {
            allow = addresses.allowed(uri.getPath());
        }
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    /** A charset the request names and Java does not know ("application/x-www-form-urlencoded; charset=nope"). */
    @ServerExceptionMapper
    public Response unknownCharset(java.io.UnsupportedEncodingException e) {
        return respond(Problem.of("unsupported-charset", "Unsupported Media Type", 415,
                "the body's charset '" + e.getMessage() + "' is not supported; send UTF-8"));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (unreadableForm(e)) {
            return respond(Problem.of("malformed-request", "Malformed request", 400,
                    "the form is not valid URL encoding (a % must be followed by two hexadecimal digits)"));
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return respond(Problem.of("database-unavailable", "Service unavailable", 503,
                    "the database cannot be reached; nothing was changed, try again shortly"));
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal-error", "Internal error", 500, "an unexpected error occurred; it has been logged"));
    }

    /** Problem JSON; the web module shows a problem answering one of its pages as a page of the site. */
    Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A form body with a broken %-escape: RESTEasy Reactive's form reader reports it as a bare
     * IllegalArgumentException, so it is told apart by where it was thrown.
     */
    static boolean unreadableForm(Throwable e) {
        return e instanceof IllegalArgumentException && java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler"));
    }

    /** A failure to reach PostgreSQL (refused or timed-out connection, pool exhausted while it is down). */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.net.ConnectException
                    // 08: connection exceptions; 57P: the server is shutting down or restarting.
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnavailable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
