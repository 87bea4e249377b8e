package io.labwatch.api.openapi;

import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.exchange.RecordStore;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;

/**
 * The API document's part for the kinds of the registry. The document is built while the application is built, before
 * there is a registry bean, so the kinds are found as the registry finds them, without CDI: every concrete
 * {@link RecordStore} in the modules' Jandex indexes, asked what it says of its kind. Each kind gets its collection and
 * item paths in place of KindResource's template, typed by its record (whose schema is made here from its components).
 */
final class KindDocument {

    static final String TEMPLATE = "/api/{segment}";

    private KindDocument() {
    }

    /** The kinds, in import order; empty when no index can be read (the template stays, and tests fail on it). */
    static List<RecordKind> kinds() {
        List<RecordStore<?, ?>> stores = new ArrayList<>();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Enumeration<URL> indexes = loader.getResources("META-INF/jandex.idx");
            while (indexes.hasMoreElements()) {
                Index index;
                try (InputStream in = indexes.nextElement().openStream()) {
                    index = new IndexReader(in).read();
                }
                for (ClassInfo store : index.getAllKnownSubclasses(DotName.createSimple(RecordStore.class.getName()))) {
                    Class<?> type = Class.forName(store.name().toString(), false, loader);
                    if (!Modifier.isAbstract(type.getModifiers())) {
                        stores.add((RecordStore<?, ?>) type.getDeclaredConstructor().newInstance());
                    }
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot find the kinds of record for the API document", e);
        }
        return RecordKinds.of(stores);
    }

    /** Replaces the template paths with each kind's, and adds the kinds' tags and record schemas. */
    static void describe(OpenAPI api, List<RecordKind> kinds) {
        if (api.getPaths() == null || kinds.isEmpty()) {
            return;
        }
        api.getPaths().removePathItem(TEMPLATE);
        api.getPaths().removePathItem(TEMPLATE + "/{key}");
        Components components = api.getComponents();
        for (RecordKind kind : kinds) {
            String tag = tag(kind);
            var existing = api.getTags() == null ? java.util.Optional.<org.eclipse.microprofile.openapi.models.tags.Tag>empty()
                    : api.getTags().stream().filter(t -> t.getName().equals(tag)).findFirst();
            existing.ifPresentOrElse(t -> t.setDescription(kind.store().apiDescription()),
                    () -> api.addTag(OASFactory.createTag().name(tag).description(kind.store().apiDescription())));
            collection(api, tag, "/api/" + kind.segment, kind.recordType, kind.noun, kind.bySlug,
                    required(kind.entityClass, kind.recordType));
        }
    }

    /**
     * The fields a new record must give: those its entity requires (@NotNull, @NotBlank) and has no default for (a new
     * entity leaves them null). A record read back always has them too.
     */
    static List<String> required(Class<?> entityClass, Class<?> recordType) {
        Object blank;
        try {
            blank = entityClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a blank " + entityClass.getSimpleName(), e);
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            for (Class<?> c = entityClass; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    java.lang.reflect.Field field = c.getDeclaredField(component.getName());
                    if ((field.isAnnotationPresent(jakarta.validation.constraints.NotNull.class)
                            || field.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class))
                            && java.lang.reflect.Modifier.isPublic(field.getModifiers()) && field.get(blank) == null) {
                        required.add(component.getName());
                    }
                    break;
                } catch (NoSuchFieldException notHere) {
                    // a field of a superclass, or of the record only
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return required;
    }

    /**
     * The collection and item paths of a record type served by {@link io.labwatch.api.shared.RecordOperations}: list (a
     * page of records), create (201), get, replace, merge-patch (200 with the record) and delete (204).
     */
    static void collection(OpenAPI api, String tag, String collection, Class<?> recordType, String noun, boolean bySlug,
            List<String> required) {
        String name = schema(api.getComponents(), recordType, required);
        Schema record = ref(name);
        // a merge patch is the record with every field optional: a field sent replaces, null removes, the rest stay
        Schema patch = ref(name + "Patch");
        api.getComponents().addSchema(name + "Patch", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("The fields to change (JSON merge patch, RFC 7396): a field sent replaces the stored value, null "
                        + "empties it, a field left out stays as it is")
                .properties(new java.util.LinkedHashMap<>(api.getComponents().getSchemas().get(name).getProperties())));
        api.getPaths().addPathItem(collection, OASFactory.createPathItem()
                .GET(operation(tag).parameters(new ArrayList<>()).responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("A page of " + noun + "s")
                                .content(json(ref(pageOf(api.getComponents(), name)))))))
                .POST(operation(tag).requestBody(OASFactory.createRequestBody().required(true).content(json(record)))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                                .description("Created; Location names it, ETag is its version").content(json(record))))));
        Parameter key = OASFactory.createParameter().name("key").in(Parameter.In.PATH).required(true)
                .description(bySlug ? "The slug" : "The id").schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Parameter ifMatch = OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                .description("The ETag last read").schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        api.getPaths().addPathItem(collection + "/{key}", OASFactory.createPathItem().parameters(List.of(key))
                .GET(operation(tag).responses(ok(record, "The " + noun + "; ETag is its version")))
                .PUT(operation(tag).addParameter(ifMatch).requestBody(OASFactory.createRequestBody().required(true).content(json(record)))
                        .responses(ok(record, "Replaced")))
                .PATCH(operation(tag).addParameter(ifMatch).requestBody(OASFactory.createRequestBody().required(true)
                                .content(OASFactory.createContent()
                                        .addMediaType("application/merge-patch+json", OASFactory.createMediaType().schema(patch))
                                        .addMediaType("application/json", OASFactory.createMediaType().schema(patch))))
                        .responses(ok(record, "Changed")))
                .DELETE(operation(tag).addParameter(ifMatch).addParameter(OASFactory.createParameter().name("version")
                                .in(Parameter.In.QUERY).description("The version last read, where no If-Match is sent")
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("204",
                                OASFactory.createAPIResponse().description("Deleted")))));
    }

    /** "hires" → "Hires", "funding-rounds" → "Funding rounds". */
    static String tag(RecordKind kind) {
        String words = kind.segment.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Operation operation(String tag) {
        return OASFactory.createOperation().tags(new ArrayList<>(List.of(tag)));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponses ok(Schema record, String description) {
        return OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description(description).content(json(record)));
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }

    /** The named schema of a page of the given item schema ("LabRecordPage"), added to the components unless there. */
    static String pageOf(Components components, String item) {
        String name = item + "Page";
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            components.addSchema(name, page(ref(item)).description("A page of a list, with where it is and how many there are in all"));
        }
        return name;
    }

    private static Schema page(Schema item) {
        Schema integer = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(item))
                .addProperty("size", integer.description("The page's size (size or limit asked for)"))
                .addProperty("page", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("By page number: this page's number, from 1"))
                .addProperty("total", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("By page number: how many there are in all"))
                .addProperty("pages", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("By page number: how many pages there are"))
                .addProperty("next", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("By cursor: send as ?cursor= for the next page; absent on the last page"))
                .required(List.of("items", "size"));
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    /**
     * Schema names of nested records whose simple names say too little and clash (two kinds of Delivery); a generated
     * client names its classes after them.
     */
    static final Map<Class<?>, String> NAMES = Map.of(
            io.labwatch.domain.webhook.Webhooks.Hook.class, "Webhook",
            io.labwatch.domain.webhook.Webhooks.Delivery.class, "WebhookDelivery",
            io.labwatch.domain.webhook.Webhooks.Attempt.class, "WebhookAttempt",
            io.labwatch.reports.delivery.BriefSubscriptions.View.class, "BriefSubscription",
            io.labwatch.reports.delivery.BriefSubscriptions.Delivery.class, "BriefEmail",
            io.labwatch.domain.shared.AuditTrail.Entry.class, "HistoryEntry",
            io.labwatch.domain.profile.ValuationHistory.Entry.class, "ValuationMark",
            io.labwatch.domain.exchange.ImportJobs.View.class, "ImportJob");

    /** The schema of a record (or enum) type, added to the components under its name unless there; its name. */
    static String schema(Components components, Class<?> type) {
        return schema(components, type, List.of());
    }

    /**
     * The schema of a record type whose {@code required} fields are never empty (no null among their values); every
     * other field may be empty.
     */
    static String schema(Components components, Class<?> type, List<String> required) {
        String name = NAMES.getOrDefault(type, type.getSimpleName());
        if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
            return name;
        }
        if (type.isEnum()) {
            components.addSchema(name, OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(names(type)));
            return name;
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        if (!required.isEmpty()) {
            schema.required(required);
        }
        components.addSchema(name, schema);
        for (RecordComponent component : type.getRecordComponents()) {
            // an enum field is written inline (with null among its values where it may be empty), not as a reference
            Schema property = component.getType().isEnum()
                    ? OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(names(component.getType()))
                    : property(components, component.getType(), component.getGenericType());
            Schema described = switch (component.getName()) {
                // every answer carries the version; a write sends back the one it read (or If-Match)
                case "version" -> property.description("The version of the record: send back the one last read to change it");
                case "id" -> property.readOnly(true).description("Given by Labwatch when the record is created; ignored when sent");
                // the other fields may be empty (null in answers, left out or null in requests) unless the store requires them
                default -> required.contains(component.getName()) ? property : nullable(property);
            };
            String unit = Units.of(type, component.getName(), component.getType());
            if (unit != null && described.getDescription() == null) {
                described.description(unit);
            }
            schema.addProperty(component.getName(), described);
        }
        return name;
    }

    /** An enum type's constants, as the JSON names them. */
    private static List<Object> names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList();
    }

    /** The property, allowing null: an enum with null among its values, a record through allOf. */
    static Schema nullable(Schema property) {
        if (property.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            return property.addType(Schema.SchemaType.NULL).enumeration(values);
        }
        if (property.getRef() != null) {
            return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addType(Schema.SchemaType.NULL).addAllOf(property);
        }
        return property.addType(Schema.SchemaType.NULL);
    }

    private static Schema property(Components components, Class<?> type, Type generic) {
        if (type == String.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        }
        if (type == LocalDate.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date");
        }
        if (type == Instant.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time");
        }
        if (type == BigDecimal.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.NUMBER);
        }
        if (type == Double.class || type == double.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.NUMBER).format("double");
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true)
                    .description("Field names and their values");
        }
        if (type == Long.class || type == long.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
        }
        if (type == Integer.class || type == int.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        }
        if (type == Boolean.class || type == boolean.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
        }
        if (List.class.isAssignableFrom(type) && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(property(components, element, element));
        }
        if (type.isEnum() || type.isRecord()) {
            return ref(schema(components, type));
        }
        throw new IllegalStateException("no schema for a record field of type " + type.getName().toLowerCase(Locale.ROOT));
    }
}
