package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.shared.domain.DomainValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryConfigurationTest {

    private final Logger logger = Logger.getLogger(DeliveryConfiguration.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    private static DeliveryConfiguration configuration(boolean devMode) {
        DeliveryConfiguration configuration = new DeliveryConfiguration();
        configuration.devMode = devMode;
        configuration.attemptTimeoutMs = 10_000;
        configuration.maxConnections = 50;
        configuration.maxConnectionsPerRoute = 20;
        return configuration;
    }

    @Test
    void configuredValuesBecomeTheSenderSettings() {
        DeliveryConfiguration configuration = configuration(false);
        configuration.attemptTimeoutMs = 2_500;
        configuration.maxConnections = 8;
        configuration.maxConnectionsPerRoute = 4;

        assertThat(configuration.settings()).isEqualTo(new DeliverySettings(false, Duration.ofMillis(2_500), 8, 4));
    }

    @Test
    void devModeLogsALoudWarningAtStartup() {
        configuration(true).checkAtStartup(new Object());

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("localhost", "private", "NEVER be used in production");
        });
    }

    @Test
    void productionModeStartsQuietly() {
        configuration(false).checkAtStartup(new Object());

        assertThat(logged).isEmpty();
    }

    @Test
    void aBadValueFailsTheStart() {
        DeliveryConfiguration configuration = configuration(false);
        configuration.attemptTimeoutMs = 0;

        assertThatThrownBy(() -> configuration.checkAtStartup(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attemptTimeout");
    }

    @Test
    void theProducedAddressPolicyFollowsTheMode() {
        EndpointUrl localhost = new EndpointUrl("http://localhost:8080/h");

        assertThatThrownBy(() -> configuration(false).endpointAddressPolicy().requireAllowed(localhost))
                .isInstanceOf(DomainValidationException.class);
        configuration(true).endpointAddressPolicy().requireAllowed(localhost);
    }
}
