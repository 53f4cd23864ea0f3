package com.roleready.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;

/**
 * A receiver that answers 200 at once. For deliveries it records publish→receive latency (the
 * publisher puts its send time in the event data) and counts distinct webhook-ids.
 */
final class LoadReceiver implements AutoCloseable {

    private static final Pattern PUBLISHED_AT = Pattern.compile("\"publishedAtMicros\":(\\d+)");

    final Recorder latencyMicros = new Recorder(3);
    final AtomicLong deliveries = new AtomicLong();
    final AtomicLong rawRequests = new AtomicLong();
    final AtomicLong lastDeliveryAtNanos = new AtomicLong();
    final Set<String> webhookIds = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final ExecutorService executor;

    LoadReceiver(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 2048);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/raw", this::raw);
        server.createContext("/hook", this::delivery);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void raw(HttpExchange exchange) throws IOException {
        drain(exchange.getRequestBody());
        rawRequests.incrementAndGet();
        answer(exchange);
    }

    private void delivery(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long nowMicros = System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000;
        Matcher matcher = PUBLISHED_AT.matcher(body);
        if (matcher.find()) {
            latencyMicros.recordValue(Math.max(0, nowMicros - Long.parseLong(matcher.group(1))));
        }
        webhookIds.add(exchange.getRequestHeaders().getFirst("webhook-id"));
        deliveries.incrementAndGet();
        lastDeliveryAtNanos.set(System.nanoTime());
        answer(exchange);
    }

    private static void drain(InputStream in) throws IOException {
        in.readAllBytes();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
