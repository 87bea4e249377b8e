package io.labwatch.domain.shared;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address Labwatch is reached at ({@code labwatch.http.public-url}, e.g. {@code https://labwatch.example.com}), for
 * every absolute URL it writes: feed links and ids, the private feed URL, API {@code Location} and {@code Link}
 * headers. Without it they are made from the request, whose Host header the client chooses: a feed fetched with a
 * forged Host would hand its readers links to another site. (Only a plain host[:port] gets that far: HostHeaderFilter.)
 * Checked at start, so a typo stops the start with the variable's name rather than writing broken links.
 */
@Singleton
@Startup
public class PublicUrl {

    static final String SETTING = "LABWATCH_HTTP_PUBLIC_URL (labwatch.http.public-url)";

    private final Optional<String> base;

    PublicUrl(@ConfigProperty(name = "labwatch.http.public-url") Optional<String> configured) {
        this.base = configured.map(String::trim).filter(v -> !v.isEmpty()).map(PublicUrl::checked);
    }

    /** The URL with its scheme and authority replaced by the public ones (unchanged when none is configured). */
    public URI rebase(URI absolute) {
        return base.map(b -> URI.create(b + (absolute.getRawPath() == null || absolute.getRawPath().isEmpty() ? "/" : absolute.getRawPath())
                + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery()))).orElse(absolute);
    }

    /**
     * Whether a browser's {@code Origin} is the configured public address: same scheme, host and port (a port left
     * out is the scheme's default). Another port of the same host is another site.
     */
    public boolean isOrigin(URI origin) {
        return base.map(URI::create).filter(own -> origin.getHost() != null
                && own.getScheme().equalsIgnoreCase(origin.getScheme())
                && own.getHost().equalsIgnoreCase(origin.getHost())
                && port(own) == port(origin)).isPresent();
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The site's root without the trailing slash ("https://labwatch.example.com"), from the request's when none is configured. */
    public String root(URI requestBase) {
        String root = rebase(requestBase).toString();
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** An http or https URL of a host (and port) only: Labwatch's paths are absolute, so a path here could not be honoured. */
    static String checked(String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new IllegalStateException(SETTING + " must be an http or https URL of a host and optional port, such as "
                + "https://labwatch.example.com, without path, query or credentials; it is '" + value + "'");
    }
}
