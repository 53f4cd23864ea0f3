package com.roleready.deployment.experimentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.experimentation.application.service.ExperimentationContext.ExperimentSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExperimentSettingsFromConfigTest {

    @Test
    void givenNothingConfigured_thenTheDefaultsApply() {
        ExperimentSettings settings = ExperimentSettingsFromConfig.read(new MapConfig(Map.of()));

        assertThat(settings).isEqualTo(ExperimentSettings.defaults());
        assertThat(settings.defaultMinTests()).isEqualTo(30);
        assertThat(settings.alpha()).isEqualTo(0.05);
    }

    @Test
    void givenEverySetting_thenEachIsRead() {
        ExperimentSettings settings = ExperimentSettingsFromConfig.read(new MapConfig(Map.of(
                "signals.experiments.assignment-cache-ttl-ms", "250",
                "signals.experiments.bandit-min-trials", "20",
                "signals.experiments.bandit-floor-share", "0.1",
                "signals.experiments.min-tests", "50",
                "signals.experiments.alpha", "0.01")));

        assertThat(settings).isEqualTo(new ExperimentSettings(Duration.ofMillis(250), 20, 0.1, 50, 0.01));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "assignment-cache-ttl-ms, -1",
            "assignment-cache-ttl-ms, 600001",
            "bandit-min-trials, -1",
            "bandit-floor-share, -0.01",
            "bandit-floor-share, 0.6",
            "bandit-floor-share, NaN",
            "min-tests, 0",
            "alpha, 0",
            "alpha, 0.7",
            "alpha, NaN",
    })
    void givenAValueOutOfRange_thenReadingFailsNamingTheKeyAndItsEnvironmentVariable(String key, String value) {
        MapConfig config = new MapConfig(Map.of("signals.experiments." + key, value));

        assertThatThrownBy(() -> ExperimentSettingsFromConfig.read(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signals.experiments." + key)
                .hasMessageContaining(ExperimentSettingsFromConfig.envName(key));
    }

    @Test
    void theEnvironmentVariableIsTheUpperCasedKeyWithUnderscores() {
        assertThat(ExperimentSettingsFromConfig.envName("assignment-cache-ttl-ms"))
                .isEqualTo("SIGNALS_EXPERIMENTS_ASSIGNMENT_CACHE_TTL_MS");
    }
}
