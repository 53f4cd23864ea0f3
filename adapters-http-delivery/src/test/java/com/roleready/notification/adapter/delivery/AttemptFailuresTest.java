package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttemptFailuresTest {

    private static final Duration ELAPSED = Duration.ofMillis(321);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new DestinationBlockedException("x resolves to a forbidden address (private)"),
                        AttemptOutcome.BLOCKED, "x resolves to a forbidden address (private)"),
                Arguments.of(new ConnectTimeoutException("Connect to x timed out"), AttemptOutcome.TIMEOUT,
                        "connect timed out after 10000 ms"),
                Arguments.of(new ConnectionRequestTimeoutException("lease"), AttemptOutcome.TIMEOUT,
                        "no free connection in the pool within 10000 ms"),
                Arguments.of(new SocketTimeoutException("Read timed out"), AttemptOutcome.TIMEOUT,
                        "no response within 10000 ms"),
                Arguments.of(new InterruptedIOException("interrupted"), AttemptOutcome.TIMEOUT,
                        "attempt interrupted: interrupted"),
                Arguments.of(new UnknownHostException("nowhere.example"), AttemptOutcome.CONNECTION_FAILED,
                        "host not found: nowhere.example"),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"),
                        AttemptOutcome.CONNECTION_FAILED, "TLS failed: PKIX path building failed"),
                Arguments.of(new ConnectException("Connection refused"), AttemptOutcome.CONNECTION_FAILED,
                        "could not connect: Connection refused"),
                Arguments.of(new NoHttpResponseException("x failed to respond"), AttemptOutcome.CONNECTION_FAILED,
                        "the receiver closed the connection without answering"),
                Arguments.of(new SocketException("Connection reset"), AttemptOutcome.CONNECTION_FAILED,
                        "connection broken: Connection reset"),
                Arguments.of(new IOException(), AttemptOutcome.CONNECTION_FAILED, "I/O error: IOException"),
                Arguments.of(new IllegalStateException("bug"), AttemptOutcome.CONNECTION_FAILED,
                        "unexpected error: bug"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void eachFailureMapsToAnOutcomeWithAClearError(Exception failure, AttemptOutcome outcome, String error) {
        AttemptResult result = AttemptFailures.toResult(failure, false, ELAPSED, TIMEOUT);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.error()).isEqualTo(error);
        assertThat(result.duration()).isEqualTo(ELAPSED);
        assertThat(result.statusCode()).isNull();
    }

    @Test
    void anythingAfterTheDeadlineIsATimeoutWhateverTheExceptionSays() {
        AttemptResult result = AttemptFailures.toResult(new SocketException("Socket closed"), true, ELAPSED, TIMEOUT);

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.TIMEOUT);
        assertThat(result.error()).isEqualTo("no complete response within 10000 ms");
    }

    @Test
    void aGuardRefusalStaysBlockedEvenPastTheDeadline() {
        AttemptResult result = AttemptFailures.toResult(new DestinationBlockedException("blocked"), true, ELAPSED,
                TIMEOUT);

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.BLOCKED);
    }
}
