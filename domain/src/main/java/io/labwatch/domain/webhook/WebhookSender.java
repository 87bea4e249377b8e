package io.labwatch.domain.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * One POST to a receiver, within a total deadline (connect, send and read together: a receiver that trickles a byte
 * at a time is cut off when it runs out), reading at most {@value #MAX_ANSWER} bytes of the answer, which is thrown
 * away: only the status code and a short reason of Labwatch's own words are kept, never the receiver's text, so the
 * delivery log cannot be used to read internal services or tell open ports from closed ones.
 */
final class WebhookSender implements AutoCloseable {

    static final int MAX_ANSWER = 4096;
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "labwatch-webhook-deadline");
        t.setDaemon(true);
        return t;
    });

    /** What came of an attempt: the status code (none if no answer) and why it failed, in a few words. */
    record Outcome(Integer status, String reason) {
        boolean ok() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final CloseableHttpClient client;
    private final Duration deadline;

    WebhookSender(EgressPolicy policy, Duration deadline, int connections) {
        this(new CheckedDnsResolver(policy), deadline, connections);
    }

    WebhookSender(DnsResolver resolver, Duration deadline, int connections) {
        this.deadline = deadline;
        Timeout limit = Timeout.of(deadline);
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(Math.min(5, deadline.toSeconds() + 1)))
                                .setSocketTimeout(limit).build())
                        .setMaxConnTotal(connections).setMaxConnPerRoute(2).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                // A fresh connection per attempt: every attempt resolves and checks the host again, and never meets a
                // kept-alive connection that the receiver has closed in the meantime.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .setUserAgent("Labwatch-Webhooks/1").build();
    }

    Outcome send(String url, Map<String, String> headers, String body) {
        HttpPost post;
        try {
            post = new HttpPost(url);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "not a valid URL");
        }
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> cutOff = DEADLINES.schedule(() -> {
            timedOut.set(true);
            post.cancel();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, post, null);
            int status = response.getCode();
            readAtMost(response.getEntity(), MAX_ANSWER, post);
            return new Outcome(status, status >= 200 && status < 300 ? null : "answered HTTP " + status);
        } catch (CheckedDnsResolver.RefusedAddress e) {
            return new Outcome(null, "refused: the host resolves to an internal address");
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, timedOut.get() ? "no complete answer within " + deadline.toSeconds() + " s" : reason(e));
        } finally {
            cutOff.cancel(false);
            closeQuietly(response);
        }
    }

    /** Closing a response cut off on purpose fails; the outcome is already known. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException ignored) {
                // the connection is discarded either way
            }
        }
    }

    /**
     * Reads and discards up to {@code limit} bytes. A longer answer is cut off: the exchange is cancelled before the
     * stream is closed, as closing it would read the rest of the body first.
     */
    private static void readAtMost(HttpEntity entity, int limit, HttpPost post) throws IOException {
        if (entity == null) {
            return;
        }
        InputStream in = entity.getContent();
        byte[] buffer = new byte[1024];
        int total = 0;
        int n;
        while ((n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += n;
            if (total > limit) {
                post.cancel();
                return;
            }
        }
        in.close();
    }

    /** Labwatch's own words for a failure, never the exception's text (which may quote the receiver). */
    private static String reason(Exception e) {
        if (e instanceof UnknownHostException) {
            return "the host name does not resolve";
        }
        if (e instanceof HttpHostConnectException || e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof NoRouteToHostException) {
            return "could not connect";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "no answer in time";
        }
        if (e instanceof SSLException) {
            return "TLS handshake failed";
        }
        return "the connection failed";
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
