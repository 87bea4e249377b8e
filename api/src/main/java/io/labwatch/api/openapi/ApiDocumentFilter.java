package io.labwatch.api.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document where annotations would repeat themselves on every resource:
 * unique operation ids, summaries for the shared list/get/create/update/delete operations, the problem+json
 * error responses each kind of operation can give, and tag descriptions.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("Labs", "Organisations tracked: frontier labs, startups, big tech, compute providers, investors."),
            Map.entry("People", "People whose moves between labs are tracked."),
            Map.entry("Hires", "Talent moves: joined, departed, founded, promoted; with role, team and reporting line."),
            Map.entry("Funding rounds", "Rounds raised by labs, in US dollars."),
            Map.entry("Valuations", "What a lab was worth on a date, and on what basis."),
            Map.entry("Financial metrics", "Revenue and other reported figures per period."),
            Map.entry("Compute deals", "Compute bought or rented from a provider."),
            Map.entry("Model releases", "Models a lab released: modality, access, parameters and training compute."),
            Map.entry("Sources", "Articles and documents that report facts."),
            Map.entry("Citations", "Links between facts and the sources that report them."),
            Map.entry("Watch items", "Forward-looking questions analysts follow."),
            Map.entry("Search", "Full-text search."),
            Map.entry("Import and export", "The whole dataset in one document."),
            Map.entry("Briefs", "Stakeholder briefs: build, publish, compare."),
            Map.entry("History", "Who changed what and when; restoring earlier values."),
            Map.entry("Watchlist", "What you follow, and what was recorded about it since a moment."),
            Map.entry("Webhooks", "Signed JSON deliveries of new and changed facts for your watchlist, with their log."));

    /** The filters each list accepts (ApiDocumentationTest checks them against the lists' own answers). */
    static final Map<String, List<String>> FILTERS = Map.ofEntries(
            Map.entry("/api/labs", List.of("kind", "status")),
            Map.entry("/api/people", List.of("lab", "name")),
            Map.entry("/api/outlets", List.of("reliability")),
            Map.entry("/api/sources", List.of("outlet", "grade", "from", "to")),
            Map.entry("/api/hires", List.of("lab", "toLab", "fromLab", "person", "kind", "seniority", "certainty", "status", "grade", "from", "to")),
            Map.entry("/api/funding-rounds", List.of("lab", "certainty", "status", "grade", "from", "to")),
            Map.entry("/api/valuations", List.of("lab", "basis", "status", "grade", "from", "to")),
            Map.entry("/api/financial-metrics", List.of("lab", "metric", "period", "status", "grade", "from", "to")),
            Map.entry("/api/compute-deals", List.of("lab", "buyer", "provider", "status", "grade", "from", "to")),
            Map.entry("/api/model-releases", List.of("lab", "modality", "access", "certainty", "status", "grade", "from", "to")),
            Map.entry("/api/watch-items", List.of("lab", "status")),
            Map.entry("/api/citations", List.of("source", "lab", "hire", "fundingRound", "valuation", "financialMetric", "computeDeal",
                    "modelRelease", "watchItem")));

    /** Example request bodies for creating each kind of record (from the demo data). */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("/api/labs", "{\"slug\": \"anthropic\", \"name\": \"Anthropic\", \"kind\": \"FRONTIER_LAB\", "
                    + "\"statedEmphasis\": \"Model-assisted pre-training research; frontier safety\", "
                    + "\"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]}"),
            Map.entry("/api/people", "{\"slug\": \"andrej-karpathy\", \"name\": \"Andrej Karpathy\", \"bio\": \"OpenAI founding member\"}"),
            Map.entry("/api/outlets", "{\"slug\": \"cnbc\", \"name\": \"CNBC\", \"aliases\": \"CNBC.com; CNBC News\", \"reliability\": \"B\"}"),
            Map.entry("/api/sources", "{\"slug\": \"techcrunch-karpathy-anthropic\", \"outlet\": \"TechCrunch\", "
                    + "\"headline\": \"OpenAI co-founder Andrej Karpathy joins Anthropic's pre-training team\", \"publishedOn\": \"2026-05-19\"}"),
            Map.entry("/api/hires", "{\"person\": \"andrej-karpathy\", \"fromLab\": \"eureka-labs\", \"toLab\": \"anthropic\", "
                    + "\"kind\": \"JOINED\", \"team\": \"Pre-training\", \"reportsTo\": \"nick-joseph\", \"announcedOn\": \"2026-05-19\", "
                    + "\"seniority\": \"PRINCIPAL\", \"certainty\": \"CONFIRMED\", \"citations\": [{\"source\": \"techcrunch-karpathy-anthropic\"}]}"),
            Map.entry("/api/funding-rounds", "{\"lab\": \"anthropic\", \"name\": \"2026 round\", \"announcedOn\": \"2026-05-01\", "
                    + "\"datePrecision\": \"MONTH\", \"postMoneyValuation\": 900000000000, \"certainty\": \"REPORTED\", "
                    + "\"citations\": [{\"source\": \"business20-900b-round\"}]}"),
            Map.entry("/api/valuations", "{\"lab\": \"anthropic\", \"asOf\": \"2026-05-01\", \"datePrecision\": \"MONTH\", "
                    + "\"value\": 900000000000, \"basis\": \"PRIMARY_ROUND\", \"round\": \"2026 round\", "
                    + "\"citations\": [{\"source\": \"business20-900b-round\"}]}"),
            Map.entry("/api/financial-metrics", "{\"lab\": \"anthropic\", \"period\": \"2026-Q2\", \"metric\": \"REVENUE\", "
                    + "\"value\": 10900000000, \"reportedOn\": \"2026-05-01\", \"citations\": [{\"source\": \"business20-900b-round\"}]}"),
            Map.entry("/api/compute-deals", "{\"buyer\": \"anthropic\", \"provider\": \"spacex\", \"facility\": \"Colossus 1\", "
                    + "\"location\": \"Memphis, Tennessee\", \"announcedOn\": \"2026-05-01\", \"datePrecision\": \"MONTH\", "
                    + "\"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]}"),
            Map.entry("/api/model-releases", "{\"lab\": \"anthropic\", \"releasedOn\": \"2026-05-28\", \"name\": \"Claude Opus\", "
                    + "\"modelVersion\": \"5\", \"modality\": \"MULTIMODAL\", \"access\": \"API\", \"certainty\": \"CONFIRMED\", "
                    + "\"citations\": [{\"source\": \"business20-karpathy-anthropic\"}]}"),
            Map.entry("/api/watch-items", "{\"lab\": \"anthropic\", \"question\": \"Follow-on hires\", \"raisedOn\": \"2026-05-29\", "
                    + "\"dueBy\": \"2026-12-31\"}"),
            Map.entry("/api/citations", "{\"source\": \"cnbc-karpathy-anthropic\", \"factType\": \"hire\", \"fact\": \"1\", "
                    + "\"note\": \"Only outlet to connect the move to the Musk v. Altman trial\"}"),
            Map.entry("/api/briefs", "{\"audience\": \"INVESTOR\", \"labs\": [\"anthropic\"], \"from\": \"2026-05-01\", "
                    + "\"to\": \"2026-05-31\", \"asOf\": \"2026-05-31\"}"));

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getName())));
        }
        // No authentication yet: say so explicitly (accounts and tokens arrive with the trust work).
        openAPI.setSecurity(List.of());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> complete(path, method, op)));
        describeDataset(openAPI);
    }

    /**
     * The dataset has one section per kind of record, each a list of that kind's records (the registry reads it so).
     * This filter runs while the application is built, without the registry, so it finds the kinds where the document
     * already names them: each record collection /api/{segment} whose POST takes a *Record; the section is the
     * segment in camel case (RecordKind.sectionOf), as in the registry.
     */
    private static void describeDataset(OpenAPI openAPI) {
        Schema dataset = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Labwatch's data in one document: one section per kind of record, in import order; missing sections"
                        + " read as empty. Facts refer to labs, people and sources by slug.")
                .additionalPropertiesBoolean(false);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            java.util.regex.Matcher collection = java.util.regex.Pattern.compile("/api/([a-z-]+)").matcher(path);
            Operation post = item.getPOST();
            if (!collection.matches() || post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
                return;
            }
            var body = post.getRequestBody().getContent().getMediaType("application/json");
            String ref = body == null || body.getSchema() == null ? null : body.getSchema().getRef();
            if (ref != null && ref.endsWith("Record")) {
                dataset.addProperty(io.labwatch.domain.exchange.RecordKind.sectionOf(collection.group(1)),
                        OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref(ref)));
            }
        });
        openAPI.getComponents().addSchema("Dataset", dataset);
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op) {
        boolean one = path.endsWith("}");
        String noun = op.getTags() == null || op.getTags().isEmpty() ? "resource" : op.getTags().get(0).toLowerCase(Locale.ROOT);
        op.setOperationId(method.name().toLowerCase(Locale.ROOT) + Arrays.stream(path.split("[/{}-]+"))
                .filter(s -> !s.isEmpty()).map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)).collect(Collectors.joining()));
        if (op.getSummary() == null || op.getSummary().length() < 8) {
            op.setSummary(switch (method) {
                case GET -> one ? "Get one of the " + noun : "List " + noun + " (filters, sort, page, size)";
                case POST -> "Create one of the " + noun;
                case PUT -> "Replace one of the " + noun + " (needs the version last read)";
                case DELETE -> "Delete one of the " + noun + " (needs the version last read)";
                default -> method.name() + " " + noun;
            });
        }
        if (method == PathItem.HttpMethod.GET && FILTERS.containsKey(path)) {
            op.addParameter(query("page", "Page number, from 1", Schema.SchemaType.INTEGER));
            op.addParameter(query("size", "Items per page, 1 to 100 (default 20)", Schema.SchemaType.INTEGER));
            op.addParameter(query("sort", "A field to sort by; prefix with - for descending", Schema.SchemaType.STRING));
            FILTERS.get(path).forEach(f -> op.addParameter(query(f, "Filter: " + f + " (labs and people by slug, dates as YYYY-MM-DD)",
                    Schema.SchemaType.STRING)));
        }
        if (method == PathItem.HttpMethod.POST && EXAMPLES.containsKey(path) && op.getRequestBody() != null
                && op.getRequestBody().getContent() != null) {
            try {
                Object example = JSON.readValue(EXAMPLES.get(path), Object.class);
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> m.setExample(example));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("bad example for " + path, e);
            }
        }
        APIResponses responses = op.getResponses();
        add(responses, "400", "Malformed request, or unknown filter, sort or parameter value");
        if (one || path.contains("{")) {
            add(responses, "404", "Not found");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            add(responses, "422", "Invalid input: every field at fault is listed");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            add(responses, "409", "Conflict: duplicate key, stale version in the body, or still referenced");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            add(responses, "412", "If-Match does not match the current version");
        }
    }

    private static org.eclipse.microprofile.openapi.models.parameters.Parameter query(String name, String description, Schema.SchemaType type) {
        return OASFactory.createParameter().name(name).in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                .description(description).required(false).schema(OASFactory.createSchema().addType(type));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldProblem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text)
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("1-based row, for imports"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document")
                .addProperty("type", text.description("URI naming the kind of problem"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldProblem))
                .addProperty("existing", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")
                        .description("For a duplicate: the path of the record that already holds the key"))
                .required(List.of("type", "title", "status"));
    }
}
