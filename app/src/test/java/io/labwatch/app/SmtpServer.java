package io.labwatch.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free loopback port that the mailer is pointed at. Tests read
 * what arrived, and may stop and start it again on the same port to see failed sends retried.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port for the test SMTP server", e);
        }
        up();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    @Override
    public void stop() {
        down();
    }

    public static synchronized GreenMail server() {
        return server;
    }

    /** Starts the server (again) on its port. */
    public static synchronized void up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops it: sends fail until {@link #up()}. */
    public static synchronized void down() {
        if (server != null) {
            server.stop();
        }
    }
}
