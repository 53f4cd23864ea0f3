package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.shared.domain.DomainValidationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResolvingEndpointAddressPolicyTest {

    private static final Map<String, List<String>> FAKE_DNS = Map.of(
            "hooks.example.com", List.of("93.184.216.34", "2606:4700::1111"),
            "internal.example.com", List.of("10.1.2.3"),
            "metadata.example.com", List.of("169.254.169.254"),
            "split.example.com", List.of("93.184.216.34", "127.0.0.1"));

    private final List<String> lookedUp = new ArrayList<>();
    private final HostLookup fakeDns = host -> {
        lookedUp.add(host);
        List<String> answers = FAKE_DNS.get(host);
        if (answers == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] addresses = new InetAddress[answers.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = InetAddress.getByName(answers.get(i));
        }
        return addresses;
    };

    private final ResolvingEndpointAddressPolicy production =
            new ResolvingEndpointAddressPolicy(SsrfGuard.production(), fakeDns);

    @Test
    void httpsUrlWhoseHostResolvesOnlyToPublicAddressesIsAllowed() {
        assertThatCode(() -> production.requireAllowed(new EndpointUrl("https://hooks.example.com/webhooks")))
                .doesNotThrowAnyException();
    }

    @Test
    void httpIsRejectedInProductionBeforeAnyLookup() {
        assertThatThrownBy(() -> production.requireAllowed(new EndpointUrl("http://hooks.example.com/webhooks")))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("https")
                .extracting("field").isEqualTo("url");
        assertThat(lookedUp).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {
            "https://internal.example.com/h", "https://metadata.example.com/h", "https://split.example.com/h"})
    void hostResolvingToAnyForbiddenAddressIsRejected(String url) {
        assertThatThrownBy(() -> production.requireAllowed(new EndpointUrl(url)))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("public addresses")
                .extracting("field").isEqualTo("url");
    }

    @Test
    void hostThatDoesNotResolveIsRejected() {
        assertThatThrownBy(() -> production.requireAllowed(new EndpointUrl("https://nowhere.example.com/h")))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("does not resolve")
                .extracting("field").isEqualTo("url");
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = {
            "https://localhost/h", "https://127.0.0.1:8443/h", "https://[::1]/h", "https://[fd00:ec2::254]/h",
            "https://[::ffff:169.254.169.254]/h", "https://169.254.169.254/latest/meta-data/"})
    void loopbackAndMetadataTargetsAreRejectedWithTheSystemResolver(String url) {
        ResolvingEndpointAddressPolicy policy =
                new ResolvingEndpointAddressPolicy(SsrfGuard.production(), HostLookup.SYSTEM);

        assertThatThrownBy(() -> policy.requireAllowed(new EndpointUrl(url)))
                .isInstanceOf(DomainValidationException.class)
                .extracting("field").isEqualTo("url");
    }

    @ParameterizedTest(name = "{0} is allowed in dev mode")
    @ValueSource(strings = {"http://localhost:8080/h", "http://10.0.0.5/h", "https://nowhere.example.com/h"})
    void devModeAllowsAnythingEndpointUrlAccepts(String url) {
        ResolvingEndpointAddressPolicy dev = new ResolvingEndpointAddressPolicy(SsrfGuard.devMode(), fakeDns);

        assertThatCode(() -> dev.requireAllowed(new EndpointUrl(url))).doesNotThrowAnyException();
    }
}
