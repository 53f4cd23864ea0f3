package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsrfGuardTest {

    private final SsrfGuard production = SsrfGuard.production();
    private final SsrfGuard dev = SsrfGuard.devMode();

    @Test
    void productionRequiresHttps() {
        assertThat(production.schemeRefusal(URI.create("https://example.com/hook"))).isEmpty();
        assertThat(production.schemeRefusal(URI.create("HTTPS://example.com/hook"))).isEmpty();
        assertThat(production.schemeRefusal(URI.create("http://example.com/hook")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("https"));
    }

    @Test
    void devModeAllowsHttp() {
        assertThat(dev.schemeRefusal(URI.create("http://localhost:8080/hook"))).isEmpty();
    }

    @Test
    void productionForbidsLoopbackAndPrivateButDevModeAllowsThem() throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        InetAddress privateAddress = InetAddress.getByName("192.168.1.10");

        assertThat(production.isForbidden(loopback)).isTrue();
        assertThat(production.isForbidden(privateAddress)).isTrue();
        assertThat(dev.isForbidden(loopback)).isFalse();
        assertThat(dev.isForbidden(privateAddress)).isFalse();
    }

    @Test
    void publicAddressesAreAllowedInProduction() throws UnknownHostException {
        assertThat(production.isForbidden(InetAddress.getByName("93.184.216.34"))).isFalse();
        assertThat(production.isForbidden(InetAddress.getByName("2606:4700::1111"))).isFalse();
    }

    @Test
    void oneForbiddenAddressAmongPublicOnesRefusesTheHost() throws UnknownHostException {
        List<InetAddress> addresses = List.of(InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.5"), InetAddress.getByName("2606:4700::1111"));

        assertThat(production.addressRefusal("mixed.example", addresses))
                .hasValue("mixed.example resolves to a forbidden address (private)");
        assertThat(dev.addressRefusal("mixed.example", addresses)).isEmpty();
    }

    @Test
    void refusalNamesTheKindOfAddressButNotTheAddress() throws UnknownHostException {
        assertThat(production.addressRefusal("internal.example", List.of(InetAddress.getByName("10.20.30.40"))))
                .hasValueSatisfying(reason -> assertThat(reason).doesNotContain("10.20.30.40"));
    }

    @Test
    void aHostWithNoAddressesIsRefused() {
        assertThat(production.addressRefusal("empty.example", List.of())).isPresent();
    }

    @Test
    void aHostWhoseAddressesAreAllPublicIsAllowed() throws UnknownHostException {
        assertThat(production.addressRefusal("public.example",
                List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("2606:4700::1111")))).isEmpty();
    }
}
