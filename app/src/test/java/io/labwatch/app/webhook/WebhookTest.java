package io.labwatch.app.webhook;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.app.WebhookReceiver;
import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An analyst's webhook receives each new or changed fact about what they follow, signed; a failed delivery is retried
 * and every attempt is in the log; facts about other labs, and writes that fail, send nothing.
 */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFollowedLabsNewFactIsDeliveredSignedAndRetriedAfterAFailure() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0, 500)) {
            asAnalyst().contentType(ContentType.JSON).body("""
                    {"slug": "hook-lab", "name": "Hook Lab", "kind": "AI_STARTUP"}""").post("/api/labs").then().statusCode(201);
            asAnalyst().put("/api/watchlist/labs/hook-lab").then().statusCode(204);
            JsonPath hook = asAnalyst().contentType(ContentType.JSON).body("{\"url\": \"" + receiver.url() + "\", \"description\": \"CRM\"}")
                    .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
            long id = hook.getLong("id");
            String secret = hook.getString("secret");
            assertThat(secret).startsWith("whsec_");

            asAnalyst().contentType(ContentType.JSON).body("""
                    {"lab": "hook-lab", "name": "Series A", "announcedOn": "2026-11-02", "amountRaised": 25000000, "certainty": "REPORTED",
                     "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/funding-rounds").then().statusCode(201);
            // not followed: no delivery; a refused write (duplicate round name): no delivery either
            asAnalyst().contentType(ContentType.JSON).body("""
                    {"lab": "xai", "name": "Hook test round", "announcedOn": "2026-11-03", "certainty": "RUMOURED",
                     "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/funding-rounds").then().statusCode(201);
            asAnalyst().contentType(ContentType.JSON).body("""
                    {"lab": "hook-lab", "name": "Series A", "announcedOn": "2026-11-04", "certainty": "REPORTED",
                     "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/funding-rounds").then().statusCode(409);

            List<WebhookReceiver.Received> got = receiver.await(2, 20_000);
            assertThat(got).hasSize(2);
            assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 200);
            assertThat(got.get(0).header("X-Labwatch-Delivery")).isEqualTo(got.get(1).header("X-Labwatch-Delivery"));
            assertThat(got).allSatisfy(r -> assertThat(r.signedWith(secret)).as("signature checks out").isTrue());
            assertThat(got.get(0).signedWith("whsec_someone-else")).isFalse();
            JsonNode body = JSON.readTree(got.get(1).body());
            assertThat(body.get("event").asText()).isEqualTo("fact.created");
            assertThat(body.get("kind").asText()).isEqualTo("funding-rounds");
            assertThat(body.get("labs").toString()).isEqualTo("[\"hook-lab\"]");
            assertThat(body.get("summary").asText()).contains("Hook Lab", "$25M");
            assertThat(got.get(1).header("X-Labwatch-Event")).isEqualTo("fact.created");

            Thread.sleep(500);
            assertThat(receiver.received).hasSize(2);
            JsonPath log = asAnalyst().get("/api/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
            assertThat(log.getList("items")).hasSize(1);
            assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(log.getInt("items[0].attempts")).isEqualTo(2);
            assertThat(log.getList("items[0].log.statusCode", Integer.class)).containsExactly(500, 200);

            // a correction is delivered too
            long round = body.get("id").asLong();
            asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"amountRaised\": 26000000}")
                    .patch("/api/funding-rounds/" + round).then().statusCode(200);
            assertThat(receiver.await(3, 20_000)).hasSize(3);
            assertThat(JSON.readTree(receiver.received.get(2).body()).get("event").asText()).isEqualTo("fact.updated");

            asAnalyst().delete("/api/webhooks/" + id).then().statusCode(204);
            asAnalyst().get("/api/webhooks").then().statusCode(200).body("items.find { it.id == " + id + " }.active", equalTo(false));
        }
    }

    @Test
    @SendsInvalidRequests("webhooks without an address or with a bad one")
    void onlyHttpsOrLocalEndpointsAndOnlyAnalystsRegister() {
        asAnalyst().contentType(ContentType.JSON).body("{\"url\": \"ftp://example.com/hook\"}").post("/api/webhooks").then().statusCode(422)
                .body("errors.field", hasItem("url"));
        asAnalyst().contentType(ContentType.JSON).body("{\"url\": \"https://user:pw@example.com/hook\"}").post("/api/webhooks").then()
                .statusCode(422).body("errors.field", hasItem("url"));
        asAnalyst().contentType(ContentType.JSON).body("{}").post("/api/webhooks").then().statusCode(422).body("errors.field", hasItem("url"));
        asReader().contentType(ContentType.JSON).body("{\"url\": \"https://example.com/hook\"}").post("/api/webhooks").then().statusCode(403);
        asReader().get("/api/webhooks/1/deliveries").then().statusCode(404);
    }
}
