package io.labwatch.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application on its default settings, as an attacker with an analyst account meets it: no webhook
 * may point at this machine or a private network, in any spelling, and plain http is refused.
 */
class WebhookDefaultsIT {

    @Test
    void onTheDefaultsLoopbackPrivateAndPlainHttpReceiversAreRefused(@TempDir Path dir) throws Exception {
        try (ServerSocket open = new ServerSocket(0);
                LabwatchProcess app = LabwatchProcess.start(Map.of("labwatch.db.embedded.data-dir", dir.resolve("pg").toString()), Map.of(),
                        dir.resolve("app.log"))) {
            int port = open.getLocalPort();
            List<String> accepted = new ArrayList<>();
            for (String url : List.of("http://127.0.0.1:" + port + "/", "https://127.0.0.1:" + port + "/", "https://localhost:" + port + "/",
                    "https://[::1]:" + port + "/", "https://2130706433:" + port + "/", "https://127.1:" + port + "/",
                    "https://[::ffff:127.0.0.1]:" + port + "/", "https://10.0.0.1/", "https://172.16.0.1/", "https://192.168.0.1/",
                    "https://169.254.169.254/latest/meta-data/", "https://[fd00::1]/", "https://0.0.0.0:" + port + "/",
                    "http://hooks.example.com/", "https://0x7f000001:" + port + "/", "https://017700000001/")) {
                HttpResponse<String> answer = app.post("/api/webhooks", "{\"url\": \"" + url + "\"}");
                if (answer.statusCode() != 422 || !answer.body().contains("\"field\":\"url\"")) {
                    accepted.add(url + " -> " + answer.statusCode() + " " + answer.body());
                }
            }
            assertThat(accepted).as("webhook URLs accepted on the defaults").isEmpty();
        }
    }
}
