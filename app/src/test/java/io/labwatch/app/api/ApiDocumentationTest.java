package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the filters each list accepts, as the lists themselves tell them, and a brief's JSON schema. */
@QuarkusTest
class ApiDocumentationTest {

    @jakarta.inject.Inject
    io.labwatch.domain.exchange.RecordKinds kinds;

    @Test
    @SuppressWarnings("unchecked")
    void documentedFiltersAreTheOnesTheListsAccept() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        List<String> lists = new java.util.ArrayList<>();
        for (var entry : paths.entrySet()) {
            Map<String, Object> get = entry.getValue().get("get");
            if (get == null || entry.getKey().contains("{") || !entry.getKey().startsWith("/api/") || get.get("parameters") == null
                    || entry.getKey().equals("/api/search")) {
                continue;
            }
            TreeSet<String> documented = new TreeSet<>();
            ((List<Map<String, Object>>) get.get("parameters")).stream().filter(p -> "query".equals(p.get("in")))
                    .forEach(p -> documented.add((String) p.get("name")));
            if (documented.isEmpty()) {
                continue;
            }
            documented.removeAll(List.of("page", "size", "sort", "cursor", "limit"));
            if (documented.isEmpty()) {
                io.labwatch.app.TestUsers.asAdmin().get(entry.getKey() + "?no-such-filter=1").then().statusCode(400)
                        .body("errors[0].message", org.hamcrest.Matchers.endsWith("it has no filters"));
                lists.add(entry.getKey());
                continue;
            }
            String message = io.labwatch.app.TestUsers.asAdmin().get(entry.getKey() + "?no-such-filter=1").then().statusCode(400).extract()
                    .path("errors[0].message");
            TreeSet<String> accepted = new TreeSet<>(List.of(message.substring(message.indexOf("filters: ") + 9).split(", ")));
            assertThat(documented).as(entry.getKey()).isEqualTo(accepted);
            lists.add(entry.getKey());
        }
        // every kind of the registry has a list that was checked, and citations have one too
        assertThat(lists).contains("/api/citations", "/api/tokens", "/api/labs/overview", "/api/watchlist/news").containsAll(kinds.all().stream().map(k -> "/api/" + k.segment).toList());
    }

    /** One list shape everywhere: no operation answers a bare array, and every page names its item type. */
    @Test
    @SuppressWarnings("unchecked")
    void everyListAnswersAPageOfItsItems() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("schemas");
        int pages = 0;
        for (var path : paths.entrySet()) {
            Map<String, Object> get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) get.get("responses")).get("200");
            Map<String, Map<String, Object>> content = ok == null ? null : (Map<String, Map<String, Object>>) ok.get("content");
            if (content == null || !content.containsKey("application/json")) {
                continue;
            }
            Map<String, Object> schema = (Map<String, Object>) content.get("application/json").get("schema");
            assertThat(schema.get("type")).as(path.getKey()).isNotEqualTo("array");
            String ref = (String) schema.get("$ref");
            if (ref != null && ref.endsWith("Page")) {
                Map<String, Object> items = (Map<String, Object>) ((Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1))
                        .get("properties")).get("items");
                assertThat(((Map<String, Object>) items.get("items")).get("$ref")).as(path.getKey()).isNotNull();
                pages++;
            }
        }
        assertThat(pages).isGreaterThanOrEqualTo(kinds.all().size() + 11);
    }

    /** Every operation shows an example of each path parameter, JSON body and JSON answer it has (Redocly checks them). */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnExample() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<String> missing = new java.util.ArrayList<>();
        int examples = 0;
        for (var path : paths.entrySet()) {
            List<Map<String, Object>> shared = (List<Map<String, Object>>) path.getValue().getOrDefault("parameters", List.of());
            for (var op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                List<Map<String, Object>> parameters = new java.util.ArrayList<>(shared);
                parameters.addAll((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()));
                for (Map<String, Object> parameter : parameters) {
                    if ("path".equals(parameter.get("in"))) {
                        examples += count(parameter, name + " parameter " + parameter.get("name"), missing);
                    }
                }
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    examples += jsonExamples((Map<String, Map<String, Object>>) body.get("content"), name + " body", missing);
                }
                for (var response : ((Map<String, Map<String, Object>>) operation.get("responses")).entrySet()) {
                    if (response.getKey().startsWith("2") && response.getValue().get("content") != null) {
                        examples += jsonExamples((Map<String, Map<String, Object>>) response.getValue().get("content"),
                                name + " " + response.getKey(), missing);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(examples).isGreaterThan(300);
    }

    private static int jsonExamples(Map<String, Map<String, Object>> content, String what, List<String> missing) {
        int found = 0;
        for (var media : content.entrySet()) {
            if (media.getKey().contains("json")) {
                found += count(media.getValue(), what + " " + media.getKey(), missing);
            }
        }
        return found;
    }

    private static int count(Map<String, Object> described, String what, List<String> missing) {
        if (described.get("example") == null && described.get("examples") == null) {
            missing.add(what);
            return 0;
        }
        return 1;
    }

    /** Clients read how to authenticate, what every refusal looks like, and the headers of conditional and retried requests. */
    @Test
    @SuppressWarnings("unchecked")
    void authAndConditionalHeadersAreDeclaredForEveryOperation() {
        Map<String, Object> doc = io.restassured.RestAssured.given().auth().none().get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("securitySchemes");
        assertThat(schemes).containsKeys("basicAuth", "bearerAuth");
        assertThat((List<Map<String, Object>>) doc.get("security")).extracting(r -> r.keySet().iterator().next())
                .containsExactlyInAnyOrder("basicAuth", "bearerAuth");
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> responses = (Map<String, Object>) op.getValue().get("responses");
                assertThat(responses).as(name).containsKeys("401", "403", "406");
                List<String> headers = ((List<Map<String, Object>>) op.getValue().getOrDefault("parameters", List.of())).stream()
                        .filter(p -> "header".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
                if (op.getKey().equals("get")) {
                    assertThat(headers).as(name).contains("If-None-Match");
                    assertThat(responses).as(name).containsKey("304");
                }
                if (op.getKey().equals("post")) {
                    assertThat(headers).as(name).contains("Idempotency-Key");
                }
                if (headers.contains("If-Match")) {
                    assertThat(responses).as(name).containsKeys("412", "428");
                }
                boolean record = path.getKey().matches("/api/[a-z-]+/\\{[a-z]+}") && (path.getKey().startsWith("/api/citations/")
                        || kinds.all().stream().anyMatch(k -> path.getKey().startsWith("/api/" + k.segment + "/{")));
                if (record && List.of("put", "patch", "delete").contains(op.getKey())) {
                    assertThat(headers).as(name + ": a record's write names the version it read").contains("If-Match");
                }
            }
        }
        assertThat(operations).isGreaterThan(60);
    }

    /** A program reading a brief's JSON finds its schema, raw values included; the other formats stay documented. */
    @Test
    @SuppressWarnings("unchecked")
    void theJsonBriefIsDocumentedWithItsRawValues() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        for (Map<String, Object> op : List.of(paths.get("/api/briefs").get("post"), paths.get("/api/briefs/{id}").get("get"))) {
            Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) ((Map<String, Map<String, Object>>) op
                    .get("responses")).get("200").get("content");
            assertThat(content).containsOnlyKeys("application/json", "text/markdown", "text/html", "application/pdf", "text/csv");
            assertThat(content.get("application/json").get("schema")).isEqualTo(Map.of("$ref", "#/components/schemas/Brief"));
        }
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components"))
                .get("schemas");
        Map<String, Map<String, Object>> valuation = (Map<String, Map<String, Object>>) schemas.get("RoundOrValuation").get("properties");
        assertThat(valuation.get("valuationUsd")).containsEntry("type", "number");
        assertThat(valuation.get("changePct")).containsEntry("type", "number");
        assertThat(valuation.get("valuation")).containsEntry("type", "string");
        assertThat(valuation.get("isoDate")).containsEntry("$ref", "#/components/schemas/LocalDate");
        assertThat(schemas.get("LocalDate")).containsEntry("format", "date");
        assertThat((Map<String, Object>) schemas.get("TalentMove").get("properties")).containsKeys("id", "personSlug", "fromSlug", "toSlug",
                "isoDate", "datePrecision");
        assertThat((Map<String, Object>) schemas.get("Metric").get("properties")).containsKeys("id", "labSlug", "number", "unit", "kind",
                "reportedOn");
        assertThat((Map<String, Object>) schemas.get("Deal").get("properties")).containsKeys("id", "buyerSlug", "providerSlug", "isoDate",
                "datePrecision");
        assertThat((Map<String, Object>) schemas.get("SourceEntry").get("properties")).containsKeys("slug", "isoPublishedOn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRecordOperationHasAnExampleAndFiguresSayTheirUnits() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        int collections = 0;
        for (var entry : paths.entrySet()) {
            Map<String, Object> list = entry.getValue().get("get");
            Object listSchema = list == null ? null : json(list, "200").get("schema");
            if (!(listSchema instanceof Map<?, ?> ref) || !String.valueOf(ref.get("$ref")).endsWith("RecordPage")
                    && !String.valueOf(ref.get("$ref")).endsWith("/CitationViewPage")) {
                continue;
            }
            collections++;
            String item = entry.getKey() + "/{key}";
            assertThat((List<Object>) ((Map<String, Object>) json(list, "200").get("example")).get("items")).as(entry.getKey()).hasSize(1);
            assertThat(json(entry.getValue().get("post"), "201").get("example")).as("POST " + entry.getKey()).isNotNull();
            assertThat(json(paths.get(item).get("get"), "200").get("example")).as("GET " + item).isNotNull();
            Map<String, Object> patch = (Map<String, Object>) ((Map<String, Map<String, Object>>) ((Map<String, Object>) paths.get(item)
                    .get("patch").get("requestBody")).get("content")).get("application/merge-patch+json").get("example");
            assertThat(patch).as("PATCH " + item).containsKey("version").hasSizeBetween(1, 2);
        }
        assertThat(collections).as("collections of records").isGreaterThanOrEqualTo(20);
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertThat(description(schemas, "FundingRoundRecord", "amountRaised")).contains("currency").contains("not in millions");
        assertThat(description(schemas, "FundingRoundRecord", "amountRaisedLow")).contains("low end");
        assertThat(description(schemas, "HireRecord", "announcedOn")).contains("YYYY-MM-DD").contains("datePrecision");
        assertThat(description(schemas, "CapacityReportRecord", "powerMw")).contains("megawatts");
        assertThat(description(schemas, "FinancialMetricRecord", "value")).contains("HEADCOUNT");
    }

    /** The served OpenAPI document, as JSON, read by an analyst. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return asAnalyst().get("/q/openapi?format=json").then().statusCode(200).extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Map<String, Object> operation, String status) {
        Map<String, Object> response = ((Map<String, Map<String, Object>>) operation.get("responses")).get(status);
        return ((Map<String, Map<String, Object>>) response.get("content")).get("application/json");
    }

    @SuppressWarnings("unchecked")
    private static String description(Map<String, Map<String, Object>> schemas, String schema, String field) {
        return (String) ((Map<String, Map<String, Object>>) schemas.get(schema).get("properties")).get(field).get("description");
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentedExamplesAreValidRequests() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        int examples = 0;
        for (var entry : paths.entrySet()) {
            Map<String, Object> post = entry.getValue().get("post");
            Map<String, Object> body = post == null ? null : (Map<String, Object>) post.get("requestBody");
            if (body == null) {
                continue;
            }
            Map<String, Object> json = ((Map<String, Map<String, Object>>) body.get("content")).get("application/json");
            if (json == null || json.get("example") == null) {
                continue;
            }
            // path parameters as documented, and a dry run where the operation has one (the import writes nothing)
            String path = entry.getKey();
            Map<String, Object> item = (Map<String, Object>) (Map<?, ?>) entry.getValue();
            List<Map<String, Object>> parameters = new java.util.ArrayList<>((List<Map<String, Object>>) item.getOrDefault("parameters", List.of()));
            parameters.addAll((List<Map<String, Object>>) post.getOrDefault("parameters", List.of()));
            var request = asAnalyst().contentType("application/json").body(json.get("example"));
            for (Map<String, Object> parameter : parameters) {
                if ("path".equals(parameter.get("in"))) {
                    path = path.replace("{" + parameter.get("name") + "}", String.valueOf(parameter.get("example")));
                } else if ("dryRun".equals(parameter.get("name"))) {
                    request = request.queryParam("dryRun", true).queryParam("onConflict", "skip");
                }
            }
            int status = request.post(path).statusCode();
            // The examples come from the demo data: creating them again is a duplicate, which is also a valid answer; a job
            // is accepted (202) to run after the answer.
            assertThat(status).as("example of POST " + entry.getKey()).isIn(200, 201, 202, 409);
            examples++;
        }
        assertThat(examples).isGreaterThanOrEqualTo(11);
    }
}
