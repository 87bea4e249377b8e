package io.labwatch.api.openapi;

import java.util.ArrayList;
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
            Map.entry("Citations", "Links between facts and the sources that report them."),
            Map.entry("Search", "Full-text search."),
            Map.entry("Import and export", "The whole dataset in one document."),
            Map.entry("Briefs", "Stakeholder briefs: build, publish, compare."),
            Map.entry("History", "Who changed what and when; restoring earlier values."),
            Map.entry("Watchlist", "What you follow, and what was recorded about it since a moment."),
            Map.entry("Webhooks", "Signed JSON deliveries of new and changed facts for your watchlist, with their log."));

    private static final String BRIEF = "{\"audience\": \"INVESTOR\", \"labs\": [\"anthropic\"], \"from\": \"2026-05-01\", "
            + "\"to\": \"2026-05-31\", \"asOf\": \"2026-05-31\"}";

    /** Example request bodies of the operations that are no kind of the registry (a kind's come from its store). */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            // the demo's first fact: acquisitions import before the hires that may name them
            Map.entry("/api/citations", "{\"source\": \"business20-karpathy-anthropic\", \"factType\": \"acquisition\", \"fact\": \"1\", "
                    + "\"note\": \"Lists the headline among its related stories\"}"),
            Map.entry("/api/briefs", BRIEF), Map.entry("/api/briefs/published", BRIEF), Map.entry("/api/brief-documents/{rendering}", BRIEF),
            Map.entry("/api/brief-subscriptions", "{\"email\": \"investor@example.com\", \"audience\": \"INVESTOR\", "
                    + "\"labs\": [\"anthropic\", \"openai\"], \"cadence\": \"WEEKLY\"}"),
            Map.entry("/api/tokens", "{\"name\": \"nightly import\", \"scope\": \"WRITE\"}"),
            Map.entry("/api/webhooks", "{\"url\": \"https://hooks.example.com/labwatch\", \"description\": \"Relay to the deals channel\"}"),
            Map.entry("/api/users/{username}", "{\"role\": \"ANALYST\"}"));

    /** The fields a request must give, for request types whose checks live outside their record (the rest are optional). */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "BriefRequest", List.of("audience", "from", "to", "asOf"),
            "SubscriptionRequest", List.of("email", "audience", "cadence"),
            "WebhookRequest", List.of("url"),
            "PasswordChange", List.of("currentPassword", "newPassword"));

    /** How a list pages: by number or by cursor, or by cursor only (newest first or ranked, with nothing counted). */
    enum Paging { NUMBER_OR_CURSOR, CURSOR }

    /** A query parameter of a list that filters it. */
    record Filter(String name, String description, boolean required) {
        static Filter optional(String name, String description) {
            return new Filter(name, description, false);
        }
    }

    /**
     * The lists other than the record collections: each answers a page of its items through Listing, as a Response,
     * whose item type no annotation can give.
     */
    record Listed(Class<?> item, Paging paging, String description, List<Filter> filters) {
    }

    static final Map<String, Listed> LISTS = Map.ofEntries(
            Map.entry("/api/labs/overview", new Listed(io.labwatch.domain.overview.LabOverview.class, Paging.NUMBER_OR_CURSOR,
                    "A page of labs, by name", List.of(Filter.optional("kind", "Only labs of this kind"),
                            Filter.optional("q", "Only labs whose name contains this")))),
            Map.entry("/api/labs/{slug}/timeline", new Listed(io.labwatch.domain.timeline.TimelineEntry.class, Paging.NUMBER_OR_CURSOR,
                    "A page of the lab's timeline, newest first", List.of(Filter.optional("from", "From this day (YYYY-MM-DD)"),
                            Filter.optional("to", "To this day (YYYY-MM-DD)"),
                            Filter.optional("kind", "Kinds of entry, comma-separated (HIRE_IN, FUNDING_ROUND, SOURCE, ...)"),
                            Filter.optional("asOf", "As Labwatch knew it then: a day or an instant")))),
            Map.entry("/api/labs/{slug}/valuation-history", new Listed(io.labwatch.domain.profile.ValuationHistory.Entry.class,
                    Paging.NUMBER_OR_CURSOR, "A page of the lab's valuation marks, newest first",
                    List.of(Filter.optional("asOf", "As Labwatch knew it then: a day or an instant")))),
            Map.entry("/api/search", new Listed(io.labwatch.domain.search.SearchHit.class, Paging.CURSOR, "A page of hits, best first",
                    List.of(new Filter("q", "The words to search for (web-search syntax), at most 200 characters", true),
                            Filter.optional("kind", "Only hits of this kind: lab, person, hire, source, or a kind's path segment")))),
            Map.entry("/api/briefs", new Listed(io.labwatch.api.brief.BriefResource.PublishedSummary.class, Paging.CURSOR,
                    "A page of published briefs, newest first", List.of())),
            Map.entry("/api/brief-subscriptions", new Listed(io.labwatch.reports.delivery.BriefSubscriptions.View.class,
                    Paging.NUMBER_OR_CURSOR, "A page of your subscriptions, active first, then newest first", List.of())),
            Map.entry("/api/tokens", new Listed(io.labwatch.api.account.TokenResource.TokenView.class, Paging.NUMBER_OR_CURSOR,
                    "A page of your API tokens, newest first", List.of())),
            Map.entry("/api/users", new Listed(io.labwatch.api.account.UserResource.UserView.class, Paging.NUMBER_OR_CURSOR,
                    "A page of the users, by name", List.of())),
            Map.entry("/api/webhooks", new Listed(io.labwatch.domain.webhook.Webhooks.Hook.class, Paging.NUMBER_OR_CURSOR,
                    "A page of your webhooks, active first, then newest first", List.of())),
            Map.entry("/api/webhooks/{id}/deliveries", new Listed(io.labwatch.domain.webhook.Webhooks.Delivery.class, Paging.CURSOR,
                    "A page of the webhook's deliveries, newest first", List.of())),
            Map.entry("/api/watchlist/news", new Listed(io.labwatch.domain.timeline.TimelineEntry.class, Paging.CURSOR,
                    "A page of what was recorded about what you follow, newest recorded first",
                    List.of(Filter.optional("since", "Recorded after this day or instant (default: the last 30 days)")))),
            Map.entry("/api/history/{kind}/{key}", new Listed(io.labwatch.domain.shared.AuditTrail.Entry.class, Paging.NUMBER_OR_CURSOR,
                    "A page of the record's history, newest first", List.of())));

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The filters and examples of every collection: the kinds' from the registry, the others' from the maps above. */
    private final Map<String, List<String>> filters = new java.util.HashMap<>();
    private final Map<String, String> examples = new java.util.HashMap<>(EXAMPLES);
    /** The collections of records (each kind's, and citations), whose operations' examples come from one record's. */
    private final java.util.Set<String> records = new java.util.HashSet<>(java.util.Set.of("/api/citations"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        List<io.labwatch.domain.exchange.RecordKind> kinds = KindDocument.kinds();
        KindDocument.describe(openAPI, kinds);
        if (openAPI.getPaths() != null) {
            // citations are served by a generic JAX-RS class, whose record type the scanner cannot see
            openAPI.getPaths().removePathItem("/api/citations");
            openAPI.getPaths().removePathItem("/api/citations/{key}");
            KindDocument.collection(openAPI, "Citations", "/api/citations", io.labwatch.domain.exchange.CitationView.class, "citation", false,
                    List.of());
            // the generic class's merge-patch body was scanned as Jackson's tree type, which nothing uses now
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
            describeLists(openAPI);
        }
        openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::typeAnyValues);
        REQUIRED.forEach((name, fields) -> {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (schema != null) {
                schema.required(fields);
            }
        });
        allowNullInRequests(openAPI);
        // citations are filtered by source, lab and each kind that cites (by its type name: hire, fundingRound, ...)
        List<String> citationFilters = new java.util.ArrayList<>(List.of("source", "lab"));
        kinds.stream().filter(k -> k.cites() && !k.citedType().equals("lab")).forEach(k -> citationFilters.add(k.citedType()));
        filters.put("/api/citations", citationFilters);
        kinds.forEach(kind -> {
            records.add("/api/" + kind.segment);
            filters.put("/api/" + kind.segment, kind.store().listFilters());
            if (kind.store().apiExample() != null) {
                examples.put("/api/" + kind.segment, kind.store().apiExample());
            }
        });
        // an import of the article's move: its source, its lab and the hire citing it, each as its collection's example
        examples.put("/api/import", "{\"sources\": [" + examples.get("/api/sources") + "], \"labs\": [" + examples.get("/api/labs")
                + "], \"hires\": [" + examples.get("/api/hires") + "]}");
        examples.put("/api/import-jobs", examples.get("/api/import"));
        if (openAPI.getTags() != null) {
            openAPI.getTags().stream().filter(tag -> tag.getDescription() == null)
                    .forEach(tag -> tag.setDescription(TAGS.getOrDefault(tag.getName(), tag.getName())));
        }
        // Every operation needs a caller: a user's password (Basic) or an API token (Bearer), either one.
        openAPI.getComponents().addSecurityScheme("basicAuth", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("basic")
                .description("A Labwatch user's name and password"));
        openAPI.getComponents().addSecurityScheme("bearerAuth", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token made on the account page (lw_...); read tokens read, write tokens also write"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basicAuth"),
                OASFactory.createSecurityRequirement().addScheme("bearerAuth")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> complete(path, method, op)));
        describeDataset(openAPI);
        // answers that are no list's items, named by reference in their operations
        KindDocument.schema(openAPI.getComponents(), io.labwatch.domain.exchange.ImportJobs.View.class, List.of("id", "state", "dryRun",
                "onConflict", "rowsTotal", "rowsDone", "errors", "startedBy", "startedAt", "updatedAt"));
        exemplifyTheRest(openAPI);
        removeUnused(openAPI);
    }

    /**
     * An example for every operation that has none yet (the record collections' come from their stores', a few bodies
     * from {@link #EXAMPLES}): of each path parameter, JSON body and JSON answer, built from its schema.
     */
    private static void exemplifyTheRest(OpenAPI openAPI) {
        Examples examples = new Examples(openAPI.getComponents().getSchemas());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            parameters(item).stream().filter(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH
                    && p.getExample() == null).forEach(p -> p.setExample("key".equals(p.getName()) && "The id".equals(p.getDescription())
                            ? "101" : examples.of(p.getSchema(), p.getName())));
            item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    exemplify(op.getRequestBody().getContent(), examples::ofRequest);
                }
                op.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null) {
                        exemplify(response.getContent(), schema -> examples.of(schema, null));
                    }
                });
            });
        });
    }

    /** The parameters of a path and of each of its operations. */
    private static List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters(PathItem item) {
        List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        item.getOperations().values().stream().filter(op -> op.getParameters() != null).forEach(op -> parameters.addAll(op.getParameters()));
        return parameters;
    }

    private static void exemplify(org.eclipse.microprofile.openapi.models.media.Content content,
            java.util.function.Function<Schema, Object> example) {
        content.getMediaTypes().forEach((type, media) -> {
            if (type.contains("json") && media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(example.apply(media.getSchema()));
            }
        });
    }

    /**
     * Drops the schemas no operation reaches: the scanner also describes types that the lists now describe themselves
     * (an enum that {@link KindDocument} writes inline), and a generated client would make a class of each.
     */
    private static void removeUnused(OpenAPI openAPI) {
        java.util.Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<Schema> open = new java.util.LinkedList<>(); // takes the nulls of absent parts
        openAPI.getPaths().getPathItems().values().forEach(item -> parameters(item).forEach(p -> open.add(p.getSchema())));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> open.add(m.getSchema()));
            }
            op.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                    .forEach(r -> r.getContent().getMediaTypes().values().forEach(m -> open.add(m.getSchema())));
        }));
        while (!open.isEmpty()) {
            Schema schema = open.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (reached.add(name) && openAPI.getComponents().getSchemas().containsKey(name)) {
                    open.add(openAPI.getComponents().getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                open.addAll(schema.getProperties().values());
            }
            open.add(schema.getItems());
            open.add(schema.getAdditionalPropertiesSchema());
            java.util.stream.Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(java.util.Objects::nonNull)
                    .forEach(open::addAll);
        }
        new java.util.ArrayList<>(openAPI.getComponents().getSchemas().keySet()).stream().filter(name -> !reached.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
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

    /**
     * A field the application holds as any value is scanned as a schema with no type: a single value (an Epoch import's
     * value was and now) holds text, a number, true or false, or null, and says so; a map of them takes any JSON value.
     */
    private static void typeAnyValues(Schema schema) {
        if (schema.getProperties() != null) {
            List.copyOf(schema.getProperties().keySet()).stream().filter(name -> untyped(schema.getProperties().get(name)))
                    .forEach(name -> schema.addProperty(name, anyValue()));
            schema.getProperties().values().forEach(ApiDocumentFilter::typeAnyValues);
        }
        if (schema.getAdditionalPropertiesSchema() != null && untyped(schema.getAdditionalPropertiesSchema())) {
            // a map of a record's fields (a history entry's before and after): any JSON value, a merge's even an object
            schema.additionalPropertiesBoolean(true);
        }
    }

    private static boolean untyped(Schema schema) {
        return schema.getType() == null && schema.getRef() == null && schema.getAllOf() == null && schema.getAnyOf() == null
                && schema.getOneOf() == null;
    }

    private static Schema anyValue() {
        return OASFactory.createSchema().description("A value: text, a number, true or false, or null (empty)")
                .anyOf(List.of(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addType(Schema.SchemaType.NULL),
                        OASFactory.createSchema().addType(Schema.SchemaType.NUMBER),
                        OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
    }

    /**
     * In a request body, a field sent as null is read as a field left out, so an optional field of a request's schema
     * allows null (an enum or a date inline, with null among its values). Answers never carry null (AnswerJson).
     */
    private static void allowNullInRequests(OpenAPI openAPI) {
        java.util.Set<String> requests = new java.util.TreeSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(op -> op.getRequestBody() != null && op.getRequestBody().getContent() != null)
                .flatMap(op -> op.getRequestBody().getContent().getMediaTypes().values().stream())
                .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                .filter(java.util.Objects::nonNull).forEach(ref -> requests.add(ref.substring(ref.lastIndexOf('/') + 1))));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : requests) {
            Schema schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (String field : List.copyOf(schema.getProperties().keySet())) {
                Schema property = schema.getProperties().get(field);
                if (required.contains(field)) {
                    continue;
                }
                Schema target = property.getRef() == null ? property : schemas.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
                if (target == null || target.getType() == null || target.getType().contains(Schema.SchemaType.NULL)
                        || target.getType().contains(Schema.SchemaType.OBJECT)) {
                    continue;
                }
                // a copy of the (referenced) type, inline, which then allows null
                Schema copy = OASFactory.createSchema().type(new java.util.ArrayList<>(target.getType())).format(target.getFormat())
                        .description(property.getDescription() != null ? property.getDescription() : target.getDescription())
                        .items(target.getItems()).maxLength(target.getMaxLength()).readOnly(property.getReadOnly()).enumeration(target.getEnumeration());
                schema.addProperty(field, KindDocument.nullable(copy));
            }
        }
    }

    /** Each of {@link #LISTS} answers a page of its items, as every list does (Listing). */
    private static void describeLists(OpenAPI openAPI) {
        Examples examples = new Examples(openAPI.getComponents().getSchemas());
        LISTS.forEach((path, list) -> {
            PathItem item = openAPI.getPaths().getPathItem(path);
            if (item == null || item.getGET() == null) {
                throw new IllegalStateException("no GET " + path + " to describe as a list");
            }
            String schema = KindDocument.schema(openAPI.getComponents(), list.item());
            Object example = examples.page(KindDocument.ref(schema), list.paging() == Paging.CURSOR);
            item.getGET().getResponses().addAPIResponse("200", OASFactory.createAPIResponse().description(list.description())
                    .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                            .schema(KindDocument.ref(KindDocument.pageOf(openAPI.getComponents(), schema))).example(example))));
        });
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op) {
        boolean one = path.endsWith("}");
        String noun = op.getTags() == null || op.getTags().isEmpty() ? "resource" : op.getTags().get(0).toLowerCase(Locale.ROOT);
        // GET /api/labs → getLabs, PATCH /api/labs/{key} → patchLabsByKey: what a generated client names its methods
        op.setOperationId(method.name().toLowerCase(Locale.ROOT) + Arrays.stream(path.replaceFirst("^/api/", "").split("/"))
                .filter(s -> !s.isEmpty()).map(s -> s.startsWith("{") ? "By-" + s.substring(1, s.length() - 1) : s)
                .flatMap(s -> Arrays.stream(s.split("-"))).filter(s -> !s.isEmpty())
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)).collect(Collectors.joining()));
        if (op.getSummary() == null || op.getSummary().length() < 8) {
            op.setSummary(switch (method) {
                case GET -> one ? "Get one of the " + noun : "List " + noun + " (filters, sort, page, size)";
                case POST -> "Create one of the " + noun;
                case PUT -> "Replace one of the " + noun + " (needs the version last read)";
                case DELETE -> "Delete one of the " + noun + " (needs the version last read)";
                default -> method.name() + " " + noun;
            });
        }
        Listed listed = method == PathItem.HttpMethod.GET ? LISTS.get(path) : null;
        if (method == PathItem.HttpMethod.GET && (records.contains(path) || listed != null)) {
            if (listed == null || listed.paging() == Paging.NUMBER_OR_CURSOR) {
                op.addParameter(query("page", "Page number, from 1", Schema.SchemaType.INTEGER));
                op.addParameter(query("size", "Items per page, 1 to 100 (default 20)", Schema.SchemaType.INTEGER));
            }
            op.addParameter(query("cursor", "Pages by cursor: empty for the first page, then the 'next' of the page before "
                    + "(stable while rows are added; no total)", Schema.SchemaType.STRING));
            op.addParameter(query("limit", "Pages by cursor: items per page, 1 to 100 (default 20); alone, starts at the first page",
                    Schema.SchemaType.INTEGER));
            if (listed == null) { // the other lists have one order
                op.addParameter(query("sort", "A field to sort by; prefix with - for descending", Schema.SchemaType.STRING));
                filters.get(path).forEach(f -> op.addParameter(query(f, "Filter: " + f + " (labs and people by slug, dates as YYYY-MM-DD)",
                        Schema.SchemaType.STRING)));
            } else {
                listed.filters().forEach(f -> op.addParameter(query(f.name(), f.description(), Schema.SchemaType.STRING).required(f.required())));
            }
        }
        String collection = path.endsWith("/{key}") ? path.substring(0, path.length() - "/{key}".length()) : path;
        if (records.contains(collection) && examples.containsKey(collection)) {
            exemplify(op, method, one, examples.get(collection));
        } else if (examples.containsKey(path) && op.getRequestBody() != null
                && op.getRequestBody().getContent() != null) {
            try {
                Object example = JSON.readValue(examples.get(path), Object.class);
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> m.setExample(example));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("bad example for " + path, e);
            }
        }
        APIResponses responses = op.getResponses();
        add(responses, "400", "Malformed request, or unknown filter, sort or parameter value");
        add(responses, "401", "No credentials, or wrong ones: send Basic or a Bearer API token");
        add(responses, "403", "The caller's role or token scope does not allow this");
        add(responses, "406", "The Accept header names no representation this operation gives");
        add(responses, "429", "Too many requests from this token (or user): Retry-After says when to try again; every answer "
                + "carries RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset");
        if (method == PathItem.HttpMethod.GET) {
            op.addParameter(header("If-None-Match", "An ETag this operation gave: answered 304 with no body while it is current"));
            if (!responses.hasAPIResponse("304")) {
                responses.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified: the ETag sent is current"));
            }
        }
        if (method == PathItem.HttpMethod.POST) {
            op.addParameter(header("Idempotency-Key", "Any unique string (a UUID): a retry with the same key and body within 24 hours "
                    + "gets the first answer (marked Idempotent-Replayed) and writes nothing; the same key with another body is 422"));
        }
        boolean versioned = op.getParameters() != null && op.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (versioned) {
            add(responses, "412", "If-Match does not match the current version");
            add(responses, "428", "Neither If-Match nor the version in the body (or ?version= for DELETE) says which version was read");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            add(responses, "412", "If-Match does not match the current version");
        }
        if (one || path.contains("{")) {
            add(responses, "404", "Not found");
        }
        add(responses, "503", "The database cannot be reached just now: try again shortly");
        if (op.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the server takes");
            add(responses, "415", "The Content-Type is not one this operation reads");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(responses, "422", "Invalid input: every field at fault is listed");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            add(responses, "409", "Conflict: duplicate key, stale version in the body, or still referenced");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            add(responses, "412", "If-Match does not match the current version");
        }
    }

    /**
     * Examples of a collection's operations, from its record's example (a POST body): the record as answered (with a
     * version, and an id where records have one rather than a slug), a page of it, and a patch of one field.
     */
    private static void exemplify(Operation op, PathItem.HttpMethod method, boolean one, String json) {
        Map<String, Object> sent;
        try {
            sent = JSON.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("bad example: " + json, e);
        }
        Map<String, Object> answered = new java.util.LinkedHashMap<>();
        if (!sent.containsKey("slug")) {
            answered.put("id", 101);
        }
        answered.putAll(sent);
        answered.put("version", 0);
        Map<String, Object> replaced = new java.util.LinkedHashMap<>(sent);
        replaced.put("version", 0);
        Object request = method == PathItem.HttpMethod.PUT ? replaced : sent;
        if (method == PathItem.HttpMethod.PATCH) {
            // one field changed: the last one of the example that is no list
            String field = sent.entrySet().stream().filter(e -> !(e.getValue() instanceof List<?>)).reduce((a, b) -> b).map(Map.Entry::getKey).orElseThrow();
            request = Map.of(field, sent.get(field), "version", 0);
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null && method != PathItem.HttpMethod.DELETE) {
            Object body = request;
            op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> m.setExample(body));
        }
        Object answer = method == PathItem.HttpMethod.GET && !one
                ? Map.of("items", List.of(answered), "page", 1, "size", 20, "total", 1, "pages", 1) : answered;
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaType("application/json") != null) {
                response.getContent().getMediaType("application/json").setExample(answer);
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.parameters.Parameter query(String name, String description, Schema.SchemaType type) {
        return OASFactory.createParameter().name(name).in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                .description(description).required(false).schema(OASFactory.createSchema().addType(type));
    }

    private static org.eclipse.microprofile.openapi.models.parameters.Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description(description).required(false).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static void add(APIResponses responses, String status, String description) {
        var problem = OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
        if (responses.hasAPIResponse(status)) {
            // one the scanner added by itself (400 "Bad Request") has no body; every error of the API has a problem body
            if (responses.getAPIResponse(status).getContent() == null) {
                responses.getAPIResponse(status).content(problem);
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem));
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
