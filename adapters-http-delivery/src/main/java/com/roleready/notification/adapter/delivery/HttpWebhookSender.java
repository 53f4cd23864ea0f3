package com.roleready.notification.adapter.delivery;

import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * Makes one webhook attempt: POSTs the exact body bytes with exactly the given headers through
 * one shared, pooled HttpClient and reports what happened. Plain Java; the CDI bean around it
 * adds fault tolerance and configuration.
 */
public final class HttpWebhookSender implements SendWebhookPort, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpWebhookSender.class.getName());

    private final DeliverySettings settings;
    private final SsrfGuard guard;
    private final Clock clock;
    private final PooledHttpClient pool;
    // Socket timeouts bound each read, not the whole exchange: a receiver that trickles one byte at a
    // time would never trip them. This timer aborts any attempt still running at the deadline.
    private final ScheduledThreadPoolExecutor deadlines;

    public HttpWebhookSender(DeliverySettings settings) {
        this(settings, HostLookup.SYSTEM, Clock.systemUTC());
    }

    HttpWebhookSender(DeliverySettings settings, HostLookup lookup, Clock clock) {
        this.settings = settings;
        this.guard = settings.guard();
        this.clock = clock;
        this.pool = PooledHttpClient.create(settings, new GuardedDnsResolver(guard, lookup));
        this.deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "webhook-attempt-deadline");
            thread.setDaemon(true);
            return thread;
        });
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    @Override
    public AttemptResult send(WebhookRequest request) {
        long start = System.nanoTime();
        var schemeRefusal = guard.schemeRefusal(request.url());
        if (schemeRefusal.isPresent()) {
            return AttemptResult.ofFailure(AttemptOutcome.BLOCKED, Duration.ZERO, schemeRefusal.get());
        }
        HttpPost post = toPost(request);
        AtomicBoolean deadlinePassed = new AtomicBoolean();
        ScheduledFuture<?> alarm = deadlines.schedule(() -> {
            deadlinePassed.set(true);
            post.cancel();
        }, settings.attemptTimeout().toNanos(), TimeUnit.NANOSECONDS);
        try {
            ClassicHttpResponse response = pool.client().executeOpen(null, post, null);
            try {
                return read(response, post, start);
            } finally {
                closeQuietly(response);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException) {
                LOG.log(Level.WARNING, "Unexpected failure in a webhook attempt to " + request.url().getHost(), e);
            }
            return AttemptFailures.toResult(e, deadlinePassed.get(), elapsedSince(start), settings.attemptTimeout());
        } finally {
            alarm.cancel(false);
        }
    }

    private static HttpPost toPost(WebhookRequest request) {
        HttpPost post = new HttpPost(request.url());
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            post.setHeader(header.getKey(), header.getValue());
        }
        // No content type on the entity: the caller's content-type header is the one that is sent.
        post.setEntity(new ByteArrayEntity(request.body(), null));
        return post;
    }

    private AttemptResult read(ClassicHttpResponse response, HttpPost post, long start) throws IOException {
        String snippet = null;
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            ResponseSnippet read = ResponseSnippet.read(entity.getContent());
            if (read.truncated()) {
                post.cancel(); // drop the connection rather than read (and wait for) the rest
            }
            snippet = read.text();
        }
        Duration retryAfter = RetryAfter.parse(header(response, "Retry-After"), clock.instant()).orElse(null);
        return AttemptResult.ofResponse(response.getCode(), elapsedSince(start), snippet,
                header(response, "Location"), retryAfter);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // The result is already known; a failed close only means the connection is not reused.
            LOG.log(Level.FINE, "Closing a webhook response failed", e);
        }
    }

    private static Duration elapsedSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** For tests: connections idle in the pool, ready for reuse. */
    int idleConnections() {
        return pool.idleConnections();
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        pool.close(CloseMode.GRACEFUL);
    }
}
