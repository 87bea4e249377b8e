package io.labwatch.app.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receivers that misbehave on purpose, on this machine: one accepts connections and never answers, one sends its
 * headers and then a byte every half second for ever, one answers 200 with a 50 MB body. Each counts the
 * connections it got and closes them all when the test ends.
 */
final class HostileReceivers implements AutoCloseable {

    enum Kind { SILENT, TRICKLE, HUGE }

    final class Receiver {
        final Kind kind;
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        /** Bytes of answer body written before Labwatch hung up. */
        final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

        Receiver(Kind kind) throws IOException {
            this.kind = kind;
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "hostile-" + kind);
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    open.add(s);
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(s), "hostile-" + kind + "-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket s) {
            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                in.read(new byte[8192]);
                switch (kind) {
                    case SILENT -> Thread.sleep(60_000);
                    case TRICKLE -> {
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        for (int i = 0; i < 120 && !s.isClosed(); i++) {
                            out.write('x');
                            out.flush();
                            Thread.sleep(500);
                        }
                    }
                    case HUGE -> {
                        out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + 50_000_000 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        byte[] chunk = new byte[65536];
                        for (int written = 0; written < 50_000_000; written += chunk.length) {
                            out.write(chunk, 0, Math.min(chunk.length, 50_000_000 - written));
                            sent.addAndGet(Math.min(chunk.length, 50_000_000 - written));
                        }
                    }
                }
            } catch (IOException | InterruptedException gone) {
                // Labwatch hung up, as it should
            }
        }
    }

    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Receiver> receivers = new CopyOnWriteArrayList<>();

    Receiver start(Kind kind) throws IOException {
        Receiver r = new Receiver(kind);
        receivers.add(r);
        return r;
    }

    @Override
    public void close() throws IOException {
        for (Receiver r : receivers) {
            r.socket.close();
        }
        for (Socket s : open) {
            s.close();
        }
    }
}
