package io.labwatch.domain.webhook;

import io.labwatch.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operator's egress settings for webhooks, and the check of a URL when it is registered: https (plain http only
 * with {@code labwatch.webhooks.allow-http}), no credentials, and a host that does not resolve to an internal
 * address unless {@code labwatch.webhooks.allowed-hosts} names it. Every delivery attempt checks again
 * ({@link CheckedDnsResolver}): a name that resolves elsewhere later is caught then.
 */
@ApplicationScoped
public class WebhookEgress {

    private static final Pattern ODD_NUMERIC_HOST = Pattern.compile("(?i)^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?$");
    private static final Pattern DOTTED_QUAD = Pattern.compile("^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");

    @ConfigProperty(name = "labwatch.webhooks.allowed-hosts")
    Optional<List<String>> allowedHosts;

    @ConfigProperty(name = "labwatch.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    public EgressPolicy policy() {
        return new EgressPolicy(allowedHosts.orElse(List.of()), allowHttp);
    }

    /** Adds the URL's problems, in words for the person registering it, to {@code errors}. */
    public void check(String url, List<FieldError> errors) {
        EgressPolicy policy = policy();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost();
            if (url.length() > 500) {
                errors.add(new FieldError("url", "must be at most 500 characters"));
            } else if (host.isEmpty()) {
                errors.add(new FieldError("url", "must be an absolute URL with a host"));
            } else if (uri.getUserInfo() != null) {
                errors.add(new FieldError("url", "must not contain a user name or password"));
            } else if (!scheme.equals("https") && !(scheme.equals("http") && policy.allowHttp())) {
                errors.add(new FieldError("url", policy.allowHttp() ? "must use https or http" : "must use https"));
            } else if (ODD_NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
                // 0x7f000001, 017700000001, 2130706433, 127.1: numbers some resolvers read as an address
                errors.add(new FieldError("url", "must name its host, or give an IP address in the usual dotted form (such as 192.0.2.10)"));
            } else {
                resolvedRefusal(policy, host).ifPresent(message -> errors.add(new FieldError("url", message)));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError("url", "is not a valid URL"));
        }
    }

    private static Optional<String> resolvedRefusal(EgressPolicy policy, String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return policy.refusal(host, InetAddress.getAllByName(name));
        } catch (UnknownHostException e) {
            // Not resolvable today (DNS may come later); every attempt resolves and checks again.
            return Optional.empty();
        }
    }
}
