package io.labwatch.app.security;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write path of the API gets the same hostile text in one of its text fields: markup and SQL are stored exactly,
 * NUL and other control characters, characters XML cannot carry (U+FFFF, lone surrogates) and 1 MB strings are refused
 * with 422, and the list holds exactly what was accepted — never a 500.
 */
@QuarkusTest
class HostileWritePathsTest {

    /** Escapes every non-ASCII character in the JSON it writes: a lone surrogate can reach the server no other way. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Distinct sources, so that citations of one fact by several sources are distinct citations. */
    private static final List<String> SOURCES = List.of("cnbc-karpathy-anthropic", "techcrunch-karpathy-anthropic",
            "techrepublic-karpathy-anthropic", "proactive-karpathy-anthropic", "business20-karpathy-anthropic", "business20-900b-round");
    private static final String CITE = ", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";

    /** Path, list filter, and a body with %1$s for the hostile text (as a JSON string) and %2$d for a unique number. */
    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of("/api/labs", "kind=OTHER", "{\"slug\": \"hostile-lab-%2$d\", \"name\": %1$s, \"kind\": \"OTHER\"}", "name"),
                Arguments.of("/api/people", "size=1", "{\"slug\": \"hostile-person-%2$d\", \"name\": %1$s}", "name"),
                Arguments.of("/api/sources", "outlet=hostile-outlet", "{\"slug\": \"hostile-source-%2$d\", \"outlet\": \"hostile-outlet\", \"headline\": %1$s}", "headline"),
                Arguments.of("/api/hires", "person=ross-nordeen&toLab=tesla", "{\"person\": \"ross-nordeen\", \"toLab\": \"tesla\", \"kind\": \"JOINED\", "
                        + "\"announcedOn\": \"2020-01-%2$02d\", \"seniority\": \"SENIOR\", \"role\": %1$s" + CITE + "}", "role"),
                Arguments.of("/api/funding-rounds", "lab=tesla", "{\"lab\": \"tesla\", \"name\": %1$s, \"announcedOn\": \"2020-01-%2$02d\"" + CITE + "}", "name"),
                Arguments.of("/api/valuations", "lab=tesla", "{\"lab\": \"tesla\", \"asOf\": \"2020-01-%2$02d\", \"value\": 1, \"basis\": \"ESTIMATE\", "
                        + "\"note\": %1$s" + CITE + "}", "note"),
                Arguments.of("/api/financial-metrics", "lab=tesla", "{\"lab\": \"tesla\", \"period\": \"2020\", \"metric\": \"USERS\", \"value\": 1, "
                        + "\"reportedOn\": \"2020-02-01\", \"scope\": %1$s" + CITE + "}", "scope"),
                Arguments.of("/api/compute-deals", "buyer=tesla", "{\"buyer\": \"tesla\", \"provider\": \"spacex\", \"announcedOn\": \"2020-01-%2$02d\", "
                        + "\"facility\": %1$s" + CITE + "}", "facility"),
                Arguments.of("/api/watch-items", "lab=tesla", "{\"lab\": \"tesla\", \"raisedOn\": \"2020-01-01\", \"question\": %1$s}", "question"),
                Arguments.of("/api/citations", "lab=tesla", "{\"source\": \"%3$s\", \"factType\": \"lab\", \"fact\": \"tesla\", "
                        + "\"note\": %1$s}", "note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void hostileTextIsStoredExactlyOrRefused(String path, String filter, String template, String field) throws Exception {
        List<String> accepted = List.of("<script>alert(1)</script>", "x'); DROP TABLE lab;--", "😀 مختبر");
        List<String> refused = List.of("nul\u0000byte", "bell\u0007", "x".repeat(1_000_000), "invisible\uFFFF", "invisible\uFFFE",
                "broken\uD800", "broken\uDC00 too");
        long before = total(path, filter);
        List<String> stored = new ArrayList<>();
        int n = 1;
        for (String text : accepted) {
            Response r = asAnalyst().contentType(ContentType.JSON).body(template.formatted(JSON.writeValueAsString(text), n, SOURCES.get(n++ % SOURCES.size()))).post(path);
            assertThat(r.statusCode()).as("%s with %s: %s", path, text, r.asString()).isEqualTo(201);
            assertThat(r.jsonPath().getString(field)).isEqualTo(text);
            stored.add(text);
        }
        for (String text : refused) {
            Response r = asAnalyst().contentType(ContentType.JSON).body(template.formatted(JSON.writeValueAsString(text), n, SOURCES.get(n++ % SOURCES.size()))).post(path);
            assertThat(r.statusCode()).as("%s with a refused text", path).isEqualTo(422);
            assertThat(r.jsonPath().getList("errors.field", String.class)).contains(field);
        }
        assertThat(total(path, filter)).as("rows in %s", path).isEqualTo(before + stored.size());
    }

    private static long total(String path, String filter) {
        return asAnalyst().get(path + "?" + filter).then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
