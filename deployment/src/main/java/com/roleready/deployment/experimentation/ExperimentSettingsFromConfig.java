package com.roleready.deployment.experimentation;

import com.roleready.experimentation.application.service.ExperimentationContext.ExperimentSettings;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the experiment settings from MicroProfile Config (each key also as an environment variable,
 * e.g. SIGNALS_EXPERIMENTS_MIN_TESTS) with their defaults, and refuses values that make no sense,
 * so that a typo fails the start instead of an assignment or a winner decision later.
 */
public final class ExperimentSettingsFromConfig {

    static final String PREFIX = "signals.experiments.";
    static final long MAX_CACHE_TTL_MS = 600_000;
    static final long MAX_BANDIT_MIN_TRIALS = 1_000_000;
    static final double MAX_FLOOR_SHARE = 0.5;
    static final int MAX_MIN_TESTS = 1_000_000;
    static final double MAX_ALPHA = 0.5;

    private ExperimentSettingsFromConfig() {
    }

    public static ExperimentSettings read(Config config) {
        ExperimentSettings defaults = ExperimentSettings.defaults();
        long ttlMs = config.getOptionalValue(PREFIX + "assignment-cache-ttl-ms", Long.class)
                .orElse(defaults.assignmentCacheTtl().toMillis());
        long minTrials = config.getOptionalValue(PREFIX + "bandit-min-trials", Long.class)
                .orElse(defaults.banditMinTrials());
        double floorShare = config.getOptionalValue(PREFIX + "bandit-floor-share", Double.class)
                .orElse(defaults.banditFloorShare());
        int minTests = config.getOptionalValue(PREFIX + "min-tests", Integer.class).orElse(defaults.defaultMinTests());
        double alpha = config.getOptionalValue(PREFIX + "alpha", Double.class).orElse(defaults.alpha());
        return validated(new ExperimentSettings(Duration.ofMillis(ttlMs), minTrials, floorShare, minTests, alpha));
    }

    static ExperimentSettings validated(ExperimentSettings s) {
        long ttlMs = s.assignmentCacheTtl().toMillis();
        require(ttlMs >= 0 && ttlMs <= MAX_CACHE_TTL_MS, "assignment-cache-ttl-ms", ttlMs, "0 to " + MAX_CACHE_TTL_MS);
        require(s.banditMinTrials() >= 0 && s.banditMinTrials() <= MAX_BANDIT_MIN_TRIALS, "bandit-min-trials",
                s.banditMinTrials(), "0 to " + MAX_BANDIT_MIN_TRIALS);
        // With k active variants the floor takes k x share of the traffic, so a large share leaves the bandit nothing.
        require(s.banditFloorShare() >= 0 && s.banditFloorShare() <= MAX_FLOOR_SHARE, "bandit-floor-share",
                s.banditFloorShare(), "0 to " + MAX_FLOOR_SHARE);
        require(s.defaultMinTests() >= 1 && s.defaultMinTests() <= MAX_MIN_TESTS, "min-tests", s.defaultMinTests(),
                "1 to " + MAX_MIN_TESTS);
        require(s.alpha() > 0 && s.alpha() <= MAX_ALPHA, "alpha", s.alpha(), "above 0 and at most " + MAX_ALPHA);
        return s;
    }

    private static void require(boolean valid, String key, Object value, String range) {
        if (!valid) {
            throw new IllegalArgumentException(PREFIX + key + " (" + envName(key) + ") is " + value
                    + "; it must be " + range);
        }
    }

    static String envName(String key) {
        return (PREFIX + key).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
