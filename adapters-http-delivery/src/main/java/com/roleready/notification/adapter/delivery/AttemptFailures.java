package com.roleready.notification.adapter.delivery;

import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Turns what went wrong in an attempt into an AttemptResult with a short, owner-readable error.
 * Exception messages from HttpClient name only host and port, never the path, headers or body.
 */
final class AttemptFailures {

    private AttemptFailures() {
    }

    static AttemptResult toResult(Exception failure, boolean deadlinePassed, Duration elapsed, Duration timeout) {
        if (failure instanceof DestinationBlockedException) {
            return AttemptResult.ofFailure(AttemptOutcome.BLOCKED, elapsed, failure.getMessage());
        }
        if (deadlinePassed) {
            return timeout(elapsed, "no complete response within " + timeout.toMillis() + " ms");
        }
        if (failure instanceof ConnectTimeoutException) {
            return timeout(elapsed, "connect timed out after " + timeout.toMillis() + " ms");
        }
        if (failure instanceof ConnectionRequestTimeoutException) {
            return timeout(elapsed, "no free connection in the pool within " + timeout.toMillis() + " ms");
        }
        if (failure instanceof SocketTimeoutException) {
            return timeout(elapsed, "no response within " + timeout.toMillis() + " ms");
        }
        if (failure instanceof InterruptedIOException) {
            return timeout(elapsed, "attempt interrupted: " + describe(failure));
        }
        return AttemptResult.ofFailure(AttemptOutcome.CONNECTION_FAILED, elapsed, connectionError(failure));
    }

    private static String connectionError(Exception failure) {
        if (failure instanceof UnknownHostException) {
            return "host not found: " + describe(failure);
        }
        if (failure instanceof SSLException) {
            return "TLS failed: " + describe(failure);
        }
        if (failure instanceof ConnectException) {
            return "could not connect: " + describe(failure);
        }
        if (failure instanceof NoHttpResponseException) {
            return "the receiver closed the connection without answering";
        }
        if (failure instanceof SocketException) {
            return "connection broken: " + describe(failure);
        }
        if (failure instanceof RuntimeException) {
            return "unexpected error: " + describe(failure);
        }
        return "I/O error: " + describe(failure);
    }

    private static AttemptResult timeout(Duration elapsed, String error) {
        return AttemptResult.ofFailure(AttemptOutcome.TIMEOUT, elapsed, error);
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
