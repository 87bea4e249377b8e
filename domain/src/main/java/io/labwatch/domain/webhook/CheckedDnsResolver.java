package io.labwatch.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves a webhook's host once per attempt and hands the HTTP client only addresses the egress policy accepts, so
 * the connection goes to the very address that was checked: a name that resolves to a public address when checked
 * and to 127.0.0.1 when connecting (DNS rebinding) cannot slip through, as no second lookup happens.
 */
final class CheckedDnsResolver implements DnsResolver {

    /** A host refused because one of its addresses is internal; the message says which. */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
    }

    private final EgressPolicy policy;
    private final DnsResolver dns;

    CheckedDnsResolver(EgressPolicy policy, DnsResolver dns) {
        this.policy = policy;
        this.dns = dns;
    }

    CheckedDnsResolver(EgressPolicy policy) {
        this(policy, SystemDefaultDnsResolver.INSTANCE);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = dns.resolve(host);
        Optional<String> refusal = policy.refusal(host, addresses);
        if (refusal.isPresent()) {
            throw new RefusedAddress(refusal.get());
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return dns.resolveCanonicalHostname(host);
    }
}
