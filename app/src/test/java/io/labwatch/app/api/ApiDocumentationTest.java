package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the filters each list accepts, as the lists themselves tell them. */
@QuarkusTest
class ApiDocumentationTest {

    @Test
    @SuppressWarnings("unchecked")
    void documentedFiltersAreTheOnesTheListsAccept() {
        Map<String, Object> doc = asAnalyst().get("/q/openapi?format=json").then().statusCode(200).extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
        int lists = 0;
        for (var entry : paths.entrySet()) {
            Map<String, Object> get = entry.getValue().get("get");
            if (get == null || entry.getKey().contains("{") || !entry.getKey().startsWith("/api/") || get.get("parameters") == null
                    || entry.getKey().equals("/api/search")) {
                continue;
            }
            TreeSet<String> documented = new TreeSet<>();
            ((List<Map<String, Object>>) get.get("parameters")).forEach(p -> documented.add((String) p.get("name")));
            documented.removeAll(List.of("page", "size", "sort"));
            String message = asAnalyst().get(entry.getKey() + "?no-such-filter=1").then().statusCode(400).extract()
                    .path("errors[0].message");
            TreeSet<String> accepted = new TreeSet<>(List.of(message.substring(message.indexOf("filters: ") + 9).split(", ")));
            assertThat(documented).as(entry.getKey()).isEqualTo(accepted);
            lists++;
        }
        assertThat(lists).isEqualTo(10);
    }
}
