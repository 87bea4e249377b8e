package io.labwatch.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labwatch.app.WebhookReceiver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delivery that could not be made before Labwatch stopped (the receiver was down) is made after it starts again:
 * the outbox lives in the database, not in memory.
 */
class WebhookRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPendingDeliveryIsSentAfterARestart(@TempDir Path dir) throws Exception {
        Map<String, String> props = Map.of("labwatch.db.embedded.data-dir", dir.resolve("data").toString(),
                "labwatch.db.embedded.port", Integer.toString(LabwatchProcess.freePort()),
                "labwatch.webhooks.poll-interval", "0.2s", "labwatch.webhooks.backoff", "PT0.5S",
                // the receiver runs on this machine: an operator's allowance, as for an internal receiver
                "labwatch.webhooks.allowed-hosts", "127.0.0.1", "labwatch.webhooks.allow-http", "true");
        int receiverPort = LabwatchProcess.freePort();
        String secret;
        long hook;
        try (LabwatchProcess first = LabwatchProcess.start(props, Map.of(), dir.resolve("first.log"))) {
            assertThat(first.put("/api/watchlist/labs/xai", "*", "").statusCode()).isEqualTo(204);
            JsonNode registered = JSON.readTree(first.post("/api/webhooks",
                    "{\"url\": \"http://127.0.0.1:" + receiverPort + "/hook\"}").body());
            secret = registered.get("secret").asText();
            hook = registered.get("id").asLong();
            assertThat(first.post("/api/funding-rounds", """
                    {"lab": "xai", "name": "Restart round", "announcedOn": "2026-11-20", "certainty": "RUMOURED",
                     "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").statusCode()).isEqualTo(201);
            JsonNode log = awaitAttempt(first, hook);
            assertThat(log.get(0).get("status").asText()).isEqualTo("PENDING");
            assertThat(log.get(0).get("log").get(0).get("error").asText()).as("the receiver is down").isNotEmpty();
            first.stop();
        }
        try (WebhookReceiver receiver = new WebhookReceiver(receiverPort);
                LabwatchProcess second = LabwatchProcess.start(props, Map.of(), dir.resolve("second.log"))) {
            List<WebhookReceiver.Received> got = receiver.await(1, 30_000);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).signedWith(secret)).isTrue();
            assertThat(JSON.readTree(got.get(0).body()).get("summary").asText()).contains("xAI", "Restart round");
            Thread.sleep(500);
            JsonNode log = JSON.readTree(second.get("/api/webhooks/" + hook + "/deliveries").body()).get("items");
            assertThat(log.get(0).get("status").asText()).isEqualTo("DELIVERED");
            assertThat(log.get(0).get("attempts").asInt()).isGreaterThanOrEqualTo(2);
        }
    }

    private static JsonNode awaitAttempt(LabwatchProcess app, long hook) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode log = JSON.readTree(app.get("/api/webhooks/" + hook + "/deliveries").body()).get("items");
            if (log.size() > 0 && log.get(0).get("attempts").asInt() > 0 || System.currentTimeMillis() > deadline) {
                return log;
            }
            Thread.sleep(100);
        }
    }
}
