package io.labwatch.domain.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may send: never to this machine or a private network (loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast, unspecified and other reserved ranges, IPv4 in any IPv6 form included) unless an
 * operator allows the host ({@code labwatch.webhooks.allowed-hosts}: host names, addresses or CIDR blocks), and over
 * plain http only where the operator enables it ({@code labwatch.webhooks.allow-http}).
 */
public record EgressPolicy(List<String> allowedHosts, boolean allowHttp) {

    public EgressPolicy {
        allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    /** Whether the operator allowed this host name (as written in the URL) or one of its addresses. */
    public boolean allowed(String host, InetAddress address) {
        String name = unbracket(host.toLowerCase(Locale.ROOT));
        for (String entry : allowedHosts) {
            if (entry.equals(name) || (address != null && matches(entry, address))) {
                return true;
            }
        }
        return false;
    }

    /** Why sending to these addresses of the host is refused, or empty when every one of them may be reached. */
    public Optional<String> refusal(String host, InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed(host, address)) {
                return Optional.of("must not point to an internal address (" + host + " is " + address.getHostAddress()
                        + "); an operator can allow the host with labwatch.webhooks.allowed-hosts");
            }
        }
        return Optional.empty();
    }

    /** Addresses no webhook may reach unless allowed: everything that is not a public unicast address. */
    public static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) {
                return internal(embedded);
            }
            int first = b[0] & 0xff;
            // fc00::/7 unique local; 2001:db8::/32 documentation; 100::/64 discard
            return (first & 0xfe) == 0xfc || (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)
                    || (first == 0x01 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0);
        }
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return a == 0 // "this network"
                || (a == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (a == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a == 192 && second == 0 && (b[2] & 0xff) == 2) || (a == 198 && second == 51 && (b[2] & 0xff) == 100)
                || (a == 203 && second == 0 && (b[2] & 0xff) == 113) // documentation
                || (a == 198 && (second == 18 || second == 19)) // benchmarking
                || a >= 240; // reserved and broadcast
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 or 6to4 address. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        try {
            if (zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) { // 64:ff9b::/96
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 2002::/16, 6to4
                return InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
        return null;
    }

    /** An allow-list entry: an address literal, or a CIDR block such as 10.0.0.0/8. */
    private static boolean matches(String entry, InetAddress address) {
        int slash = entry.indexOf('/');
        String literal = unbracket(slash < 0 ? entry : entry.substring(0, slash));
        if (!literal.matches("[0-9a-f:.]+") || !(literal.contains(".") || literal.contains(":"))) {
            return false;
        }
        try {
            byte[] block = InetAddress.getByName(literal).getAddress();
            byte[] candidate = address.getAddress();
            if (block.length != candidate.length) {
                return false;
            }
            int bits = slash < 0 ? block.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((block[i / 8] & mask) != (candidate[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
