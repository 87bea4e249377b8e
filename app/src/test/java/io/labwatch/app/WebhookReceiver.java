package io.labwatch.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook endpoint on this machine, as a customer would run one: it records every POST and answers with the next
 * status code of its script (200 once the script is used up). It checks signatures itself, with the JDK's HMAC.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST as received. */
    public record Received(Map<String, List<String>> headers, String body, int answered) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst()
                    .orElse(null);
        }

        /** Whether X-Labwatch-Signature is sha256=HMAC-SHA256(secret, timestamp + "." + body). */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal((header("X-Labwatch-Timestamp") + "." + body)
                        .getBytes(StandardCharsets.UTF_8)));
                return expected.equals(header("X-Labwatch-Signature"));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final HttpServer server;

    public WebhookReceiver(int port, Integer... statuses) throws IOException {
        script.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (script) {
                status = script.isEmpty() ? 200 : script.poll();
            }
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, status));
            byte[] answer = (status == 200 ? "thanks" : "try later").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Waits (up to the timeout) until at least {@code count} POSTs arrived. */
    public List<Received> await(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
