package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theDefaultRetriesAfterOneFiveAndFifteenSecondsThenStops() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.maxAttempts()).isEqualTo(4);
        assertThat(policy.delayAfter(1)).contains(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).contains(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(3)).contains(Duration.ofSeconds(15));
        assertThat(policy.delayAfter(4)).isEmpty();
    }

    @Test
    void aPolicyWithoutDelaysNeverRetries() {
        assertThat(RetryPolicy.ofSeconds(List.of()).delayAfter(1)).isEmpty();
    }

    @Test
    void rejectsZeroNegativeHugeOrTooManyDelays() {
        assertThatThrownBy(() -> RetryPolicy.ofSeconds(List.of(0L))).hasMessageContaining("retryDelaysSeconds");
        assertThatThrownBy(() -> RetryPolicy.ofSeconds(List.of(-5L))).hasMessageContaining("between");
        assertThatThrownBy(() -> RetryPolicy.ofSeconds(List.of(86_401L))).hasMessageContaining("24 hours");
        assertThatThrownBy(() -> RetryPolicy.ofSeconds(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L)))
                .hasMessageContaining("at most 10");
    }
}
