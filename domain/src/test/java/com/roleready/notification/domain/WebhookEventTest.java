package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

    @Test
    void anIdempotencyKeyIsOptionalButNeverBlank() {
        assertThatCode(() -> WebhookEvent.checkPublishable("alice", null, "{}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookEvent.checkPublishable("alice", "  ", "{}"))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("optional").hasMessageNotContaining("required");
    }

    @Test
    void anIdempotencyKeyHasAtMost200Characters() {
        assertThatCode(() -> WebhookEvent.checkPublishable("alice", "k".repeat(200), "{}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookEvent.checkPublishable("alice", "k".repeat(201), "{}"))
                .isInstanceOf(DomainValidationException.class).hasMessageContaining("200");
    }
}
