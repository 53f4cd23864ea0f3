package com.roleready.deployment.retention;

import com.roleready.retention.application.service.RetentionPolicy;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * The retention settings from MicroProfile Config (each key also as an environment variable, e.g.
 * SIGNALS_RETENTION_DELIVERY_DAYS), with their defaults; a value out of range fails the start.
 *
 * @param purgeInterval how long between two purge runs of this server (the first runs a few minutes after start)
 */
public record RetentionSettings(RetentionPolicy policy, Duration purgeInterval) {

    static final String PREFIX = "signals.retention.";
    static final int MAX_DAYS = 3650;
    static final int MAX_INTERVAL_MINUTES = 7 * 24 * 60;
    static final int MAX_BATCH_SIZE = 10_000;
    static final int MAX_ROWS_PER_RUN = 100_000_000;
    /** Not at once: a start should not compete with a purge, and a crash loop should not purge in a loop. */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(5);

    public static RetentionSettings read(Config config) {
        RetentionPolicy defaults = RetentionPolicy.defaults();
        int deliveryDays = read(config, "delivery-days", (int) defaults.deliveryRetention().toDays(), 1, MAX_DAYS);
        int resultDays = read(config, "test-result-days", (int) defaults.testResultRetention().toDays(), 1, MAX_DAYS);
        int interval = read(config, "purge-interval-minutes", 60, 1, MAX_INTERVAL_MINUTES);
        int batchSize = read(config, "batch-size", defaults.batchSize(), 1, MAX_BATCH_SIZE);
        int maxRows = read(config, "max-rows-per-run", defaults.maxRowsPerRun(), batchSize, MAX_ROWS_PER_RUN);
        return new RetentionSettings(new RetentionPolicy(Duration.ofDays(deliveryDays), Duration.ofDays(resultDays),
                batchSize, maxRows), Duration.ofMinutes(interval));
    }

    /** The first run: a few minutes after start, or one interval if that is shorter. */
    public Duration firstRunDelay() {
        return purgeInterval.compareTo(FIRST_RUN_DELAY) < 0 ? purgeInterval : FIRST_RUN_DELAY;
    }

    private static int read(Config config, String key, int defaultValue, int min, int max) {
        int value = config.getOptionalValue(PREFIX + key, Integer.class).orElse(defaultValue);
        if (value < min || value > max) {
            throw new IllegalArgumentException(PREFIX + key + " (" + envName(key) + ") is " + value + "; it must be "
                    + min + " to " + max);
        }
        return value;
    }

    static String envName(String key) {
        return (PREFIX + key).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public String toString() {
        return "delivery logs " + policy.deliveryRetention().toDays() + " days, test results "
                + policy.testResultRetention().toDays() + " days, every " + purgeInterval.toMinutes()
                + " min, batches of " + policy.batchSize() + ", at most " + policy.maxRowsPerRun()
                + " rows of each kind per run";
    }
}
