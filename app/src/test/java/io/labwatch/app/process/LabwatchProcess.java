package io.labwatch.app.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged Labwatch started as its own process, as a user starts it, for restart and shutdown tests. */
final class LabwatchProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Signing keys for a production (demo off) start, which refuses to run without them; random per test run, given to
     * every start unless its environment sets the variable (to "" for none).
     */
    static final Map<String, String> PRODUCTION_KEYS = Map.of(
            "LABWATCH_SESSION_KEY", java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID(),
            "LABWATCH_CSRF_KEY", java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());

    /** Basic credentials sent with every request ("user:password"). */
    String credentials = "analyst:analyst-demo-password";
    final int httpPort;
    final Path log;
    final long startMillis;
    private final Process process;

    private LabwatchProcess(Process process, int httpPort, Path log, long startMillis) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        this.startMillis = startMillis;
    }

    /** Starts the jar with the given system properties and environment, and waits until it is ready. */
    static LabwatchProcess start(Map<String, String> properties, Map<String, String> environment, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.port=" + port));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(System.getProperty("labwatch.jar", "target/quarkus-app/quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("LABWATCH_"));
        builder.environment().putAll(PRODUCTION_KEYS);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        LabwatchProcess app = new LabwatchProcess(builder.start(), port, log, 0);
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (!app.process.isAlive()) {
                throw new IllegalStateException("Labwatch exited with " + app.process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(app.uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new LabwatchProcess(app.process, port, log, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        app.close();
        throw new IllegalStateException("Labwatch did not become ready in 90 s:\n" + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(signed(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, String ifMatch, String json) throws IOException, InterruptedException {
        return HTTP.send(signed(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(signed(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST whose answer is bytes (a PDF brief). */
    HttpResponse<byte[]> postForBytes(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(signed(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Stops it as a service manager would (SIGTERM) and returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Labwatch did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }
}
