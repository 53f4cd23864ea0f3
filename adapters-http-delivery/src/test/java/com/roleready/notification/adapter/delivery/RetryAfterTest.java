package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @ParameterizedTest(name = "\"{0}\" means {1} s")
    @CsvSource({"0, 0", "7, 7", "' 120 ', 120", "86400, 86400"})
    void deltaSecondsAreReadAsADuration(String value, long seconds) {
        assertThat(RetryAfter.parse(value, NOW)).hasValue(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "\"{0}\" means 90 s")
    @ValueSource(strings = {
            "Thu, 03 Dec 2026 12:01:30 GMT",   // IMF-fixdate
            "Thursday, 03-Dec-26 12:01:30 GMT", // obsolete RFC 850
            "Thu Dec  3 12:01:30 2026"          // obsolete asctime
    })
    void httpDatesInEveryFormatAreReadAsTheWaitFromNow(String value) {
        assertThat(RetryAfter.parse(value, NOW)).hasValue(Duration.ofSeconds(90));
    }

    @Test
    void aDateInThePastMeansRetryNow() {
        assertThat(RetryAfter.parse("Thu, 03 Dec 2026 11:00:00 GMT", NOW)).hasValue(Duration.ZERO);
    }

    @ParameterizedTest(name = "\"{0}\" is clamped to a day")
    @ValueSource(strings = {"86401", "999999999", "99999999999999999999999", "Fri, 01 Jan 2100 00:00:00 GMT"})
    void absurdlyLongWaitsAreClampedToADay(String value) {
        assertThat(RetryAfter.parse(value, NOW)).hasValue(RetryAfter.LONGEST);
    }

    @ParameterizedTest(name = "\"{0}\" is ignored")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "-5", "1.5", "soon", "tomorrow at noon"})
    void missingOrUnreadableValuesAreIgnored(String value) {
        assertThat(RetryAfter.parse(value, NOW)).isEmpty();
    }
}
