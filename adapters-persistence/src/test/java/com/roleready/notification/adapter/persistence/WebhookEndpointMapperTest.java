package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEndpointMapperTest {

    private final WebhookEndpoint endpoint = WebhookEndpoint.registerPrimary("alice",
            new EndpointUrl("https://hooks.example.com/a"), false,
            EventFilter.ofWireNames(List.of("ats.check_failed", "resume.parsed")), Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aPrimaryEndpointRowCarriesItsOwnerInTheUniquePrimaryColumn() {
        WebhookEndpointEntity entity = WebhookEndpointMapper.toNewEntity(endpoint);

        assertThat(entity.primaryOwnerId()).isEqualTo("alice");
        assertThat(entity.enabledEvents()).isEqualTo("resume.parsed,ats.check_failed");
    }

    @Test
    void roundTripsEveryField() {
        WebhookEndpoint back = WebhookEndpointMapper.toDomain(WebhookEndpointMapper.toNewEntity(endpoint));

        assertThat(back).usingRecursiveComparison().isEqualTo(endpoint);
    }
}
