package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every resource of the API through its life: create, get, find by filter, update, stale update, delete. */
@QuarkusTest
class ResourceLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CITED = "\"citations\": [{\"source\": \"cnbc-karpathy-anthropic\", \"note\": \"test\"}]";

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of("/api/labs", "slug", "kind=OTHER&sort=-name",
                        "{\"slug\": \"lifecycle-lab\", \"name\": \"Lifecycle Lab\", \"kind\": \"OTHER\", %s}", "name", "Renamed Lab"),
                Arguments.of("/api/people", "slug", "name=leike",
                        "{\"slug\": \"jan-leike\", \"name\": \"Jan Leike\", \"bio\": \"Alignment researcher\" %s}", "bio", "Alignment lead"),
                Arguments.of("/api/sources", "slug", "outlet=the verge",
                        "{\"slug\": \"verge-test\", \"outlet\": \"The Verge\", \"headline\": \"A headline\", \"url\": \"https://example.org/a\" %s}",
                        "headline", "A better headline"),
                Arguments.of("/api/hires", "id", "person=ross-nordeen&kind=JOINED&from=2026-06-01&to=2026-06-30",
                        "{\"person\": \"ross-nordeen\", \"fromLab\": \"anthropic\", \"toLab\": \"openai\", \"kind\": \"JOINED\", "
                                + "\"announcedOn\": \"2026-06-10\", \"seniority\": \"SENIOR\", %s}", "role", "Member of technical staff"),
                Arguments.of("/api/funding-rounds", "id", "lab=openai&from=2026-03-01",
                        "{\"lab\": \"openai\", \"name\": \"Lifecycle round\", \"announcedOn\": \"2026-03-01\", \"amountRaised\": 1000000, "
                                + "\"certainty\": \"RUMOURED\", %s}", "leadInvestors", "Example Capital"),
                Arguments.of("/api/valuations", "id", "lab=openai&basis=ESTIMATE",
                        "{\"lab\": \"openai\", \"asOf\": \"2026-03-02\", \"value\": 500000000000, \"basis\": \"ESTIMATE\", %s}", "note", "Analyst estimate"),
                Arguments.of("/api/financial-metrics", "id", "lab=openai&metric=REVENUE&period=2026-Q1",
                        "{\"lab\": \"openai\", \"period\": \"2026-Q1\", \"metric\": \"REVENUE\", \"value\": 1000, \"reportedOn\": \"2026-04-01\", %s}",
                        "scope", "Consumer"),
                Arguments.of("/api/compute-deals", "id", "buyer=openai&provider=spacex",
                        "{\"buyer\": \"openai\", \"provider\": \"spacex\", \"facility\": \"Test DC\", \"announcedOn\": \"2026-06-02\", %s}",
                        "capacity", "1 GW"),
                Arguments.of("/api/watch-items", "id", "lab=openai&status=OPEN",
                        "{\"lab\": \"openai\", \"question\": \"Lifecycle question\", \"raisedOn\": \"2026-06-01\", %s}", "detail", "More detail"),
                Arguments.of("/api/citations", "id", "lab=yahoo",
                        "{\"source\": \"cnbc-karpathy-anthropic\", \"factType\": \"lab\", \"fact\": \"yahoo\" %s}", "note", "Only CNBC said so"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void createGetFindUpdateRejectStaleDelete(String path, String key, String filter, String template, String field, String newValue)
            throws Exception {
        boolean cited = template.contains(", %s}");
        String body = template.formatted(cited ? CITED : "");

        Response created = asAnalyst().contentType(ContentType.JSON).body(body).post(path);
        created.then().statusCode(201).header("ETag", "\"0\"");
        String id = String.valueOf((Object) created.path(key));
        String location = created.getHeader("Location");
        org.assertj.core.api.Assertions.assertThat(location).endsWith(path + "/" + id);

        asAnalyst().get(path + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
        asAnalyst().get(path + "?" + filter + "&size=100").then().statusCode(200)
                .body("items.collect { it." + key + ".toString() }", hasItem(id));

        Map<String, Object> updated = new LinkedHashMap<>(JSON.readValue(body, Map.class));
        updated.put(field, newValue);
        updated.put("version", 0);
        asAnalyst().contentType(ContentType.JSON).body(updated).put(path + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body(field, equalTo(newValue));
        asAnalyst().contentType(ContentType.JSON).body(updated).put(path + "/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("version"));
        asAnalyst().get(path + "/" + id).then().statusCode(200).body(field, equalTo(newValue)).body("version", equalTo(1));

        asAnalyst().header("If-Match", "\"0\"").delete(path + "/" + id).then().statusCode(412);
        asAnalyst().header("If-Match", "\"1\"").delete(path + "/" + id).then().statusCode(204);
        asAnalyst().get(path + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }
}
