package com.roleready.deployment.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.roleready.deployment.experimentation.MapConfig;
import com.roleready.retention.application.port.in.PurgeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionPurgeSchedulerTest {

    private final Logger logger = Logger.getLogger(RetentionPurgeScheduler.class.getName());
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
    private final RetentionPurgeScheduler scheduler = new RetentionPurgeScheduler();

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
        scheduler.settings = RetentionSettings.read(new MapConfig(Map.of()));
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    @Test
    void aRunLogsOneInfoLineWithTheCounts() {
        scheduler.purge = () -> new PurgeReport(12, 30, 11, 400, false);

        scheduler.purgeSafely();

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getMessage()).contains("12 deliveries with 30 attempts, 11 events and 400 test results")
                    .contains("the next run goes on");
        });
    }

    @Test
    void givenTheDatabaseFails_thenTheRunLogsAWarningAndThrowsNothing() {
        scheduler.purge = () -> {
            throw new IllegalStateException("database unreachable");
        };

        assertThatCode(scheduler::purgeSafely).doesNotThrowAnyException();

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("next run in 60 min");
            assertThat(record.getThrown()).hasMessage("database unreachable");
        });
    }
}
