package io.labwatch.app.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every call a test makes to the JSON API against the OpenAPI document the application serves: the request
 * (unless the test sends invalid ones on purpose) and always the answer, so no test passes on an answer the document
 * does not describe. Calls to web pages, feeds and /q are not the API's and pass unchecked.
 */
final class ContractFilter implements Filter {

    /** The served document, read once per application start (each test profile starts the application again). */
    private static volatile OpenApiInteractionValidator validator;

    private final boolean checkRequests;

    ContractFilter(boolean checkRequests) {
        this.checkRequests = checkRequests;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        URI uri = URI.create(request.getURI());
        String path = documented(uri.getPath());
        // OPTIONS is HTTP's own question about an address, answered for every record, not an operation of the document
        if (path == null || request.getMethod().equals("OPTIONS")) {
            return context.next(request, expected);
        }
        Request call = new Rerouted(RestAssuredRequest.of(request), path, query(uri));
        if (checkRequests) {
            fail("request", request, validator(uri).validateRequest(call));
            ContractCount.requests();
        }
        Response response = context.next(request, expected);
        if (request.getHeaders().hasHeaderWithName("Origin") && !response.getHeaders().hasHeaderWithName("Access-Control-Allow-Origin")) {
            // a browser's call from an origin the operator did not allow: the CORS layer refused it before any operation ran
            return response;
        }
        ValidationReport answer = validator(uri).validateResponse(path, call.getMethod(), answer(response));
        if (!checkRequests) {
            // a request sent to an address or with a method the document does not have, on purpose: no operation to check its answer against
            answer = ValidationReport.from(answer.getMessages().stream()
                    .filter(m -> !m.getKey().endsWith("path.missing") && !m.getKey().endsWith("operation.notAllowed")).toList());
        }
        fail("answer " + response.statusCode(), request, answer);
        ContractCount.responses();
        return response;
    }

    /**
     * The answer as the document describes it: a body still compressed (a test that turned REST-assured's own
     * decompression off, to see the gzip) is read uncompressed.
     */
    private static com.atlassian.oai.validator.model.Response answer(Response response) {
        byte[] bytes = response.asByteArray();
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return RestAssuredResponse.of(response);
        }
        SimpleResponse.Builder plain = SimpleResponse.Builder.status(response.statusCode());
        response.getHeaders().forEach(header -> plain.withHeader(header.getName(), header.getValue()));
        try (java.util.zip.GZIPInputStream body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return plain.withBody(body.readAllBytes()).build();
        } catch (IOException e) {
            throw new AssertionError("the gzip body of " + response.statusCode() + " cannot be read", e);
        }
    }

    /** The path as the document names it (/api/v1/x is an alias of /api/x), or null for a call outside the API. */
    private static String documented(String path) {
        if (path.startsWith("/api/v1/")) {
            return "/api/" + path.substring("/api/v1/".length());
        }
        return path.startsWith("/api/") ? path : null;
    }

    private static void fail(String what, FilterableRequestSpecification request, ValidationReport report) {
        if (report.hasErrors()) {
            throw new AssertionError("The API document does not describe this " + what + " of " + request.getMethod() + " "
                    + request.getURI() + ":\n" + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }

    private static OpenApiInteractionValidator validator(URI call) {
        if (validator == null) {
            synchronized (ContractFilter.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(served(call)).build();
                }
            }
        }
        return validator;
    }

    private static String served(URI call) {
        try {
            HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(call.resolve("/q/openapi?format=json"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new AssertionError("the API document is not served: " + document.statusCode());
            }
            return document.body();
        } catch (IOException e) {
            throw new AssertionError("cannot read the API document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the API document", e);
        }
    }

    /**
     * The query parameters of the call as sent: those written into the path string too ("/api/search?q=x"), which
     * REST-assured's own list leaves out, so that the check sees every parameter.
     */
    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        for (org.apache.http.NameValuePair pair : org.apache.http.client.utils.URLEncodedUtils.parse(uri, java.nio.charset.StandardCharsets.UTF_8)) {
            query.computeIfAbsent(pair.getName(), n -> new java.util.ArrayList<>()).add(pair.getValue() == null ? "" : pair.getValue());
        }
        return query;
    }

    /** A call as the document names its path, with every query parameter it was sent with; everything else as sent. */
    private record Rerouted(Request sent, String path, Map<String, List<String>> query) implements Request {
        @Override
        public String getPath() {
            return path;
        }

        @Override
        public Method getMethod() {
            return sent.getMethod();
        }

        @Override
        public Optional<String> getBody() {
            return sent.getBody();
        }

        @Override
        public Optional<com.atlassian.oai.validator.model.Body> getRequestBody() {
            return sent.getRequestBody();
        }

        @Override
        public Collection<String> getQueryParameters() {
            return query.keySet();
        }

        @Override
        public Collection<String> getQueryParameterValues(String name) {
            return query.getOrDefault(name, List.of());
        }

        @Override
        public Map<String, Collection<String>> getHeaders() {
            return sent.getHeaders();
        }

        @Override
        public Collection<String> getHeaderValues(String name) {
            return sent.getHeaderValues(name);
        }
    }
}
