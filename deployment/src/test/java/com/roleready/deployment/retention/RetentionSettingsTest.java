package com.roleready.deployment.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.deployment.experimentation.MapConfig;
import com.roleready.retention.application.service.RetentionPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionSettingsTest {

    @Test
    void givenNothingConfigured_thenTheDefaultsApply() {
        RetentionSettings settings = RetentionSettings.read(new MapConfig(Map.of()));

        assertThat(settings.policy()).isEqualTo(RetentionPolicy.defaults());
        assertThat(settings.policy().deliveryRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.policy().testResultRetention()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.policy().batchSize()).isEqualTo(1_000);
        assertThat(settings.purgeInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.firstRunDelay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givenEverySetting_thenEachIsRead() {
        RetentionSettings settings = RetentionSettings.read(new MapConfig(Map.of(
                "signals.retention.delivery-days", "7",
                "signals.retention.test-result-days", "365",
                "signals.retention.purge-interval-minutes", "2",
                "signals.retention.batch-size", "500",
                "signals.retention.max-rows-per-run", "5000")));

        assertThat(settings.policy()).isEqualTo(new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(365), 500,
                5000));
        assertThat(settings.purgeInterval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.firstRunDelay()).isEqualTo(Duration.ofMinutes(2));
    }

    @ParameterizedTest
    @CsvSource({
        "delivery-days, 0, SIGNALS_RETENTION_DELIVERY_DAYS",
        "test-result-days, 3651, SIGNALS_RETENTION_TEST_RESULT_DAYS",
        "purge-interval-minutes, 0, SIGNALS_RETENTION_PURGE_INTERVAL_MINUTES",
        "batch-size, 10001, SIGNALS_RETENTION_BATCH_SIZE",
        "max-rows-per-run, 999, SIGNALS_RETENTION_MAX_ROWS_PER_RUN"})
    void givenAValueOutOfRange_thenTheStartFailsNamingTheSetting(String key, String value, String env) {
        assertThatThrownBy(() -> RetentionSettings.read(new MapConfig(Map.of("signals.retention." + key, value))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signals.retention." + key).hasMessageContaining(env);
    }
}
