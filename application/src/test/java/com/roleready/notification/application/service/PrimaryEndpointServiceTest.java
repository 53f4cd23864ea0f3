package com.roleready.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.application.port.out.InMemoryDeliveryStore;
import com.roleready.notification.application.port.out.InMemoryEndpointStore;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.shared.application.ImmediateUnitOfWork;
import com.roleready.shared.application.NotFoundException;
import com.roleready.shared.domain.DomainValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimaryEndpointServiceTest {

    private final InMemoryEndpointStore store = new InMemoryEndpointStore();
    private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final PrimaryEndpointService service = new PrimaryEndpointService(store,
            new EndpointStore(store, store, deliveries), url -> { }, new NotificationContext(unitOfWork, clock,
            new SecureRandom(), NotificationContext.DeliverySettings.defaults()));

    @Test
    void configuringTwiceKeepsOneEndpointWithTheLatestSettings() {
        ConfiguredEndpoint first = service.configure(
                ConfigurePrimaryEndpointCommand.of("alice", "https://a.example.com/h", true, List.of("resume.parsed")));
        ConfiguredEndpoint second = service.configure(
                ConfigurePrimaryEndpointCommand.of("alice", "https://b.example.com/h", false, null));

        assertThat(second.endpoint().id()).isEqualTo(first.endpoint().id());
        assertThat(first.revealedSecret()).startsWith("whsec_");
        assertThat(second.revealedSecret()).isNull();
        WebhookEndpoint stored = service.primaryEndpointOf("alice").orElseThrow();
        assertThat(stored.url().value()).isEqualTo("https://b.example.com/h");
        assertThat(stored.isEnabled()).isFalse();
        assertThat(stored.filter()).isEqualTo(EventFilter.all());
        assertThat(unitOfWork.transactions()).isEqualTo(3);
    }

    @Test
    void missingEnabledMeansEnabled() {
        WebhookEndpoint endpoint = service.configure(
                ConfigurePrimaryEndpointCommand.of("alice", "https://a.example.com/h", null, null)).endpoint();
        assertThat(endpoint.isEnabled()).isTrue();
    }

    @Test
    void invalidInputIsRejectedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> service.configure(
                ConfigurePrimaryEndpointCommand.of("alice", "ftp://a.example.com", true, null)))
                .isInstanceOf(DomainValidationException.class);
        assertThat(service.primaryEndpointOf("alice")).isEmpty();
    }

    @Test
    void removingDeletesOnlyTheCallersEndpoint() {
        service.configure(ConfigurePrimaryEndpointCommand.of("alice", "https://a.example.com/h", true, null));
        service.configure(ConfigurePrimaryEndpointCommand.of("bob", "https://b.example.com/h", true, null));

        service.removePrimaryEndpoint("alice");

        assertThat(service.primaryEndpointOf("alice")).isEmpty();
        assertThat(service.primaryEndpointOf("bob")).isPresent();
    }

    @Test
    void anAddressThePolicyRefusesIsRejectedBeforeAnythingIsStored() {
        PrimaryEndpointService strict = new PrimaryEndpointService(store, new EndpointStore(store, store, deliveries),
                url -> {
                    throw new DomainValidationException("url", "private address");
                }, new NotificationContext(unitOfWork, clock, new SecureRandom(),
                NotificationContext.DeliverySettings.defaults()));

        assertThatThrownBy(() -> strict.configure(
                ConfigurePrimaryEndpointCommand.of("alice", "https://10.0.0.1/h", true, null)))
                .hasMessageContaining("private");
        assertThat(service.primaryEndpointOf("alice")).isEmpty();
    }

    @Test
    void removingWhenNothingIsConfiguredIsNotFound() {
        assertThatThrownBy(() -> service.removePrimaryEndpoint("nobody")).isInstanceOf(NotFoundException.class);
    }
}
