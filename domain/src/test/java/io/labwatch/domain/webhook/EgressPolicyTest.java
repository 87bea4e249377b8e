package io.labwatch.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

class EgressPolicyTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void internalAddressesInEveryFormAreInternal() throws Exception {
        for (String internal : List.of("127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a00:1", "2002:7f00:1::", "2130706433", "127.1")) {
            assertThat(EgressPolicy.internal(ip(internal))).as(internal).isTrue();
        }
        for (String external : List.of("1.1.1.1", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:1.1.1.1")) {
            assertThat(EgressPolicy.internal(ip(external))).as(external).isFalse();
        }
    }

    @Test
    void theDefaultsRefuseLoopbackAndPrivateReceivers() throws Exception {
        EgressPolicy defaults = new EgressPolicy(List.of(), false);
        assertThat(defaults.refusal("127.0.0.1", new InetAddress[] {ip("127.0.0.1")})).get().asString().contains("internal address");
        assertThat(defaults.refusal("hooks.example", new InetAddress[] {ip("93.184.216.34"), ip("10.1.1.1")})).isPresent();
        assertThat(defaults.refusal("hooks.example", new InetAddress[] {ip("93.184.216.34")})).isEmpty();
    }

    @Test
    void anOperatorAllowsHostsByNameAddressOrBlock() throws Exception {
        EgressPolicy policy = new EgressPolicy(List.of(" Hooks.Internal ", "10.1.2.0/24", "::1"), true);
        assertThat(policy.refusal("hooks.internal", new InetAddress[] {ip("10.9.9.9")})).isEmpty();
        assertThat(policy.refusal("other", new InetAddress[] {ip("10.1.2.77")})).isEmpty();
        assertThat(policy.refusal("other", new InetAddress[] {ip("10.1.3.1")})).isPresent();
        assertThat(policy.refusal("[::1]", new InetAddress[] {ip("::1")})).isEmpty();
        assertThat(policy.refusal("localhost", new InetAddress[] {ip("127.0.0.1")})).isPresent();
    }

    /** A name that pointed elsewhere when registered and at 127.0.0.1 at delivery time is refused at delivery time. */
    @Test
    void theResolverChecksEveryLookupAndHandsOnOnlyWhatItChecked() throws Exception {
        InetAddress[][] answers = {{ip("93.184.216.34")}, {ip("127.0.0.1")}};
        int[] calls = {0};
        DnsResolver rebinding = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return answers[Math.min(calls[0]++, 1)];
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        CheckedDnsResolver resolver = new CheckedDnsResolver(new EgressPolicy(List.of(), false), rebinding);
        assertThat(resolver.resolve("rebind.example")).containsExactly(ip("93.184.216.34"));
        assertThatThrownBy(() -> resolver.resolve("rebind.example")).isInstanceOf(CheckedDnsResolver.RefusedAddress.class)
                .hasMessageContaining("127.0.0.1");
    }
}
