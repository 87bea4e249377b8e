package io.labwatch.app.registry;

import static io.labwatch.app.TestUsers.asAnalyst;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.domain.exchange.CitationRecord;
import io.labwatch.domain.exchange.RecordKind;
import io.labwatch.domain.exchange.RecordKinds;
import io.labwatch.domain.exchange.Versioned;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every kind of record in the registry has everything every kind must have; a failure names the kind and the missing
 * piece. This is the check that adding a kind (its package's entity, record and store, and a migration) needs nothing
 * else: the API, import and export, forms, history, timelines and time travel all come from the registry.
 */
@QuarkusTest
class RecordKindsTest {

    @Inject
    RecordKinds kinds;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void theRegistryHoldsTheKindsOfTheDemoData() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(kinds.all().stream().map(k -> k.section)).contains("labs", "people", "sources", "hires", "fundingRounds",
                "valuations", "financialMetrics", "computeDeals", "watchItems");
        soft.assertThat(kinds.facts().stream().map(RecordKind::factKind)).contains("HIRE", "FUNDING_ROUND", "VALUATION",
                "FINANCIAL_METRIC", "COMPUTE_DEAL");
        List<String> order = kinds.all().stream().map(k -> k.section).toList();
        soft.assertThat(order).as("outlets come before the sources that name them, and sources before what cites them")
                .startsWith("outlets", "sources");
        soft.assertAll();
    }

    @Test
    void namesAreUnique() {
        SoftAssertions soft = new SoftAssertions();
        for (var name : Map.<String, java.util.function.Function<RecordKind, Object>>of("segment", k -> k.segment, "section",
                k -> k.section, "noun", k -> k.noun, "order", k -> k.order, "record type", k -> k.recordType).entrySet()) {
            Set<Object> seen = new HashSet<>();
            kinds.all().forEach(k -> soft.assertThat(seen.add(name.getValue().apply(k))).as("%s: its %s is another kind's too", k, name.getKey())
                    .isTrue());
        }
        soft.assertAll();
    }

    @Test
    void everyRecordTypeCarriesItsKeyVersionCitationsAndTheFieldsItsKindNames() {
        SoftAssertions soft = new SoftAssertions();
        for (RecordKind kind : kinds.all()) {
            Set<String> fields = Arrays.stream(kind.recordType.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            soft.assertThat(kind.recordType.isRecord()).as("%s: its record type is a Java record", kind).isTrue();
            soft.assertThat(Versioned.class.isAssignableFrom(kind.recordType)).as("%s: its record carries a version", kind).isTrue();
            soft.assertThat(fields).as("%s: its record has its key", kind).contains(kind.bySlug ? "slug" : "id");
            soft.assertThat(fields).as("%s: its record has the natural key's field named in imports", kind).contains(kind.keyField);
            if (kind.cites()) {
                RecordComponent citations = Arrays.stream(kind.recordType.getRecordComponents()).filter(c -> c.getName().equals("citations"))
                        .findFirst().orElse(null);
                soft.assertThat(citations).as("%s: it cites sources, so its record lists citations", kind).isNotNull();
                if (citations != null) {
                    soft.assertThat(((ParameterizedType) citations.getGenericType()).getActualTypeArguments()[0])
                            .as("%s: its citations are CitationRecords", kind).isEqualTo(CitationRecord.class);
                }
            }
            java.util.regex.Matcher page = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(kind.page);
            soft.assertThat(page.find() && fields.contains(page.group(1))).as("%s: its page '%s' names a field of its record", kind, kind.page)
                    .isTrue();
        }
        soft.assertAll();
    }

    @Test
    @Transactional
    void everyKindOfFactIsAFactInTheDatabase() {
        SoftAssertions soft = new SoftAssertions();
        List<String> imaged = List.of(((String) em.createNativeQuery("select array_to_string(row_history_tables(), ',')").getSingleResult())
                .split(","));
        @SuppressWarnings("unchecked")
        Set<String> triggers = new HashSet<>(em.createNativeQuery("select tgname from pg_trigger where not tgisinternal").getResultList());
        for (RecordKind kind : kinds.facts()) {
            String table = kind.entityClass.getAnnotation(Table.class).name();
            soft.assertThat(imaged).as("%s: its table %s is imaged for time travel (row_history_tables())", kind, table).contains(table);
            soft.assertThat(triggers).as("%s: its table %s writes its row history", kind, table).contains(table + "_row_history");
            soft.assertThat(triggers).as("%s: its table %s keeps its labs and people in fact_party", kind, table).contains(table + "_parties");
            soft.assertThat(kind.store().timelineKinds()).as("%s: it has a place on timelines", kind).isNotEmpty();
            Number foreignKey = (Number) em.createNativeQuery("select count(*) from pg_constraint where conrelid = cast(:t as regclass)"
                    + " and contype = 'f' and confrelid = cast('fact' as regclass)").setParameter("t", table).getSingleResult();
            soft.assertThat(foreignKey.longValue()).as("%s: its table %s is the second half of a row of fact", kind, table).isEqualTo(1);
        }
        soft.assertAll();
    }

    @Test
    void everyKindIsInTheApiTheExportTheFormsAndTheHistory() {
        SoftAssertions soft = new SoftAssertions();
        JsonNode export = asAnalyst().get("/api/export").then().statusCode(200).extract().as(JsonNode.class);
        JsonNode document = asAnalyst().get("/q/openapi?format=json").then().statusCode(200).extract().as(JsonNode.class);
        for (RecordKind kind : kinds.all()) {
            soft.assertThat(asAnalyst().get("/api/" + kind.segment).statusCode()).as("%s: GET /api/%s", kind, kind.segment).isEqualTo(200);
            // the API document describes the kind's collection, typed by its record, with no class of its own in api
            soft.assertThat(document.at("/paths/~1api~1" + kind.segment + "/post/requestBody/content/application~1json/schema/$ref").asText())
                    .as("%s: the API document's POST /api/%s body", kind, kind.segment).isEqualTo("#/components/schemas/" + kind.recordType.getSimpleName());
            soft.assertThat(document.at("/components/schemas/" + kind.recordType.getSimpleName() + "/properties").size())
                    .as("%s: the schema of %s", kind, kind.recordType.getSimpleName()).isEqualTo(kind.recordType.getRecordComponents().length);
            soft.assertThat(document.at("/paths/~1api~1" + kind.segment + "~1{key}/patch").isMissingNode()).as("%s: PATCH documented", kind).isFalse();
            soft.assertThat(export.has(kind.section)).as("%s: the export has its section %s", kind, kind.section).isTrue();
            soft.assertThat(asAnalyst().get("/new/" + kind.segment).statusCode()).as("%s: its new-record form", kind).isEqualTo(200);
            JsonNode first = export.path(kind.section).path(0);
            if (!first.isMissingNode()) {
                String key = first.path(kind.bySlug ? "slug" : "id").asText();
                soft.assertThat(asAnalyst().get("/edit/" + kind.segment + "/" + key).statusCode()).as("%s: its edit form", kind).isEqualTo(200);
                soft.assertThat(asAnalyst().get("/api/history/" + kind.segment + "/" + key).statusCode()).as("%s: its history", kind)
                        .isEqualTo(200);
            }
        }
        soft.assertAll();
    }
}
