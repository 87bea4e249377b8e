package io.labwatch.contract;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the app module's quarkus-run.jar) started as its own process in demo mode, on a free port:
 * on a fresh embedded database of its own, or on the database QUARKUS_DATASOURCE_* in the environment names.
 */
final class RunningLabwatch implements AutoCloseable {

    final String baseUri;
    private final Process process;
    private final Path log;

    private RunningLabwatch(Process process, String baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    static RunningLabwatch start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createTempDirectory("labwatch-contract");
        Path log = dir.resolve("labwatch.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dquarkus.http.port=" + port, "-Dlabwatch.db.embedded.data-dir=" + dir.resolve("db"), "-jar",
                System.getProperty("labwatch.jar", "../app/target/quarkus-app/quarkus-run.jar")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RunningLabwatch app = new RunningLabwatch(process, "http://localhost:" + port, log);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Labwatch exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(app.baseUri + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        app.close();
        throw new IllegalStateException("Labwatch was not ready within 120 s:\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
