package com.roleready.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A fast webhook receiver (JDK HttpServer, 32 threads) that answers 200 at once and remembers every
 * delivery: how often each webhook-id arrived, and which webhook-ids carried each event (the
 * event's {@code data.key}). It checks the Standard Webhooks signature and that the body's
 * {@code id} is the delivery id of the webhook-id header ({@code msg_} + the UUID without dashes),
 * and counts what fails either check.
 */
final class CountingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    private final Map<String, AtomicInteger> timesById = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> idsByEventKey = new ConcurrentHashMap<>();
    private final Map<String, Long> lastArrivalNanos = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private final AtomicLong idMismatches = new AtomicLong();
    private volatile byte[] key;

    CountingReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void trust(String whsecSecret) {
        key = Base64.getDecoder().decode(whsecSecret.substring("whsec_".length()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            exchange.sendResponseHeaders(200, -1); // answer first; counting must not slow the sender
            received.incrementAndGet();
            if (!signatureValid(id, timestamp, signatures, body)) {
                badSignatures.incrementAndGet();
            }
            JsonObject payload;
            try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                payload = reader.readObject();
            }
            // the body's id is the webhook-id header's value, one string to deduplicate on
            if (id == null || !id.equals(payload.getString("id", ""))) {
                idMismatches.incrementAndGet();
            }
            // the id is counted before it is listed under its event, so every listed id has a count
            lastArrivalNanos.put(String.valueOf(id), System.nanoTime());
            timesById.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger()).incrementAndGet();
            idsByEventKey.computeIfAbsent(payload.getJsonObject("data").getString("key", "?"),
                    k -> ConcurrentHashMap.newKeySet()).add(String.valueOf(id));
        } catch (RuntimeException e) {
            idMismatches.incrementAndGet();
        } finally {
            exchange.close();
        }
    }

    private boolean signatureValid(String id, String timestamp, String signatures, byte[] body) {
        if (key == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)))
                    .getBytes(StandardCharsets.UTF_8);
            for (String signature : signatures.split(" ")) {
                if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Every POST that arrived, duplicates included. */
    long received() {
        return received.get();
    }

    long distinctWebhookIds() {
        return timesById.size();
    }

    /** Deliveries that arrived more than once (each extra arrival counts). */
    long duplicates() {
        return received.get() - timesById.size();
    }

    /** Extra arrivals of webhook-ids that carried events with the key prefix (0 when each came once). */
    long duplicates(String keyPrefix) {
        return idsByEventKey.entrySet().stream().filter(e -> e.getKey().startsWith(keyPrefix))
                .flatMap(e -> e.getValue().stream()).mapToLong(id -> timesById.get(id).get() - 1L).sum();
    }

    /** Most arrivals of one webhook-id among events with the key prefix. */
    long mostArrivalsOfOneWebhookId(String keyPrefix) {
        return idsByEventKey.entrySet().stream().filter(e -> e.getKey().startsWith(keyPrefix))
                .flatMap(e -> e.getValue().stream()).mapToLong(id -> timesById.get(id).get()).max().orElse(0);
    }

    /** System.nanoTime() of the last arrival of each webhook-id that arrived more than once (key prefix). */
    List<Long> repeatArrivals(String keyPrefix) {
        return idsByEventKey.entrySet().stream().filter(e -> e.getKey().startsWith(keyPrefix))
                .flatMap(e -> e.getValue().stream()).filter(id -> timesById.get(id).get() > 1)
                .map(lastArrivalNanos::get).sorted().toList();
    }

    /** How many of the given event keys arrived at least once. */
    long eventsArrived(String keyPrefix) {
        return idsByEventKey.keySet().stream().filter(k -> k.startsWith(keyPrefix)).count();
    }

    /** Event keys (with the prefix) that arrived under more than one webhook-id. */
    long eventsWithSeveralWebhookIds(String keyPrefix) {
        return idsByEventKey.entrySet().stream().filter(e -> e.getKey().startsWith(keyPrefix))
                .filter(e -> e.getValue().size() > 1).count();
    }

    long badSignatures() {
        return badSignatures.get();
    }

    long idMismatches() {
        return idMismatches.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
