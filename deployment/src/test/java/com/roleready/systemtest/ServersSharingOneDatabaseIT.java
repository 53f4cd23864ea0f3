package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberty servers on different ports share one MariaDB database (ADR 0008: deliveries are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and a lease). Events are published on both servers
 * concurrently to one user endpoint; a fast local receiver counts every webhook-id.
 *
 * <p>Settings for the test: attempt timeout 3 s and lease 10 s (the lease must exceed the timeout;
 * 10 s rather than 6 s leaves room for a starved JVM on a shared 2-core machine, where a claim,
 * attempt and record can take seconds, and a lease that runs out mid-attempt is a duplicate too);
 * 12 senders, 24 deliveries in flight and a claim batch of 20, values other than the defaults, so the startup log
 * proves that the environment reached the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServersSharingOneDatabaseIT {

    private static final int EVENTS_PER_ROUND = 5_000;
    private static final int PUBLISHER_THREADS = 8;
    private static final int SENDERS = 12;
    private static final int IN_FLIGHT = 24;
    private static final int CLAIM_BATCH = 20;
    private static final int LEASE_SECONDS = 10;
    private static final List<String> EVENT_TYPES = List.of("resume.parsed", "resume.parse_failed",
            "ats.check_completed", "ats.check_failed", "tailoring.completed", "tailoring.failed", "operation.cancelled");
    private static final String SERVICE = Tokens.withGroups("multi-publisher", "service");

    private static ThrowawayMariaDb db;
    private static CountingReceiver receiver;
    private static LibertyInstance first;
    private static LibertyInstance second;
    private static String user;

    @BeforeAll
    static void twoServersOnOneDatabaseAndAnEndpoint() throws Exception {
        db = ThrowawayMariaDb.create();
        receiver = new CountingReceiver();
        Map<String, String> settings = Map.of(
                "SIGNALS_SECRET_ENCRYPTION_KEY", LibertyInstance.newEncryptionKey(), // shared: both read the secret
                "SIGNALS_DELIVERY_ATTEMPT_TIMEOUT_MS", "3000",
                "SIGNALS_DISPATCHER_LEASE_SECONDS", Integer.toString(LEASE_SECONDS),
                "SIGNALS_DISPATCHER_SENDERS", Integer.toString(SENDERS),
                "SIGNALS_DISPATCHER_IN_FLIGHT", Integer.toString(IN_FLIGHT),
                "SIGNALS_DISPATCHER_CLAIM_BATCH_SIZE", Integer.toString(CLAIM_BATCH));
        first = LibertyInstance.create("server-1", LibertyInstance.port(1), db, settings);
        second = LibertyInstance.create("server-2", LibertyInstance.port(2), db, settings);
        first.launch(); // both at once: both run the Flyway migration of the empty database
        second.launch();
        first.awaitReady(Duration.ofSeconds(300));
        second.awaitReady(Duration.ofSeconds(300));
        for (LibertyInstance server : List.of(first, second)) {
            assertThat(Files.readString(server.messagesLog()))
                    .contains("Webhook dispatcher started: " + SENDERS + " senders, " + IN_FLIGHT
                            + " deliveries in flight");
        }

        user = "multi-" + UUID.randomUUID();
        HttpResponse<String> config = first.postJson("/api/webhooks/config", Tokens.user(user, user + "@example.com"),
                "{\"url\":\"" + receiver.url("/hooks") + "\"}");
        assertThat(config.statusCode()).as(config.body()).isEqualTo(200);
        receiver.trust(MainScenarioOnMariaDbIT.json(config).getString("secret"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        Cleanup.closeInOrder(first, second, receiver, db);
    }

    @Test
    @Order(1)
    void eventsPublishedConcurrentlyOnTwoServersAreEachDeliveredExactlyOnce() throws Exception {
        String round = "round1-";
        double deliveredBefore = delivered(first) + delivered(second);

        int published = publish(round, published1 -> { });
        Duration took = awaitEveryDelivery(round, Duration.ofMinutes(6));

        double byFirst = delivered(first);
        double bySecond = delivered(second);
        report(round, published, took, "none");
        assertThat(published).isEqualTo(EVENTS_PER_ROUND);
        assertThat(receiver.eventsArrived(round)).isEqualTo(EVENTS_PER_ROUND);
        assertThat(receiver.eventsWithSeveralWebhookIds(round)).isZero();
        assertThat(receiver.duplicates(round)).as("no webhook-id received twice").isZero();
        assertThat(receiver.badSignatures()).isZero();
        System.out.printf("[%s] deliveries finished per server (metrics): %s %.0f, %s %.0f; handed over by a publish /"
                + " claimed: %s %.0f / %.0f, %s %.0f / %.0f%n", round, first.name(), byFirst, second.name(), bySecond,
                first.name(), dispatched(first, "hand_off"), dispatched(first, "claim"), second.name(),
                dispatched(second, "hand_off"), dispatched(second, "claim"));
        assertThat(receiver.idMismatches()).isZero();
        assertThat(byFirst + bySecond - deliveredBefore).as("each delivery finished by exactly one server")
                .isEqualTo(EVENTS_PER_ROUND);
        assertThat(byFirst).as("both servers deliver").isPositive();
        assertThat(bySecond).as("both servers deliver").isPositive();
    }

    /**
     * The killed server may have sent deliveries whose outcome it never recorded. Their lease
     * expires and another server sends them again, with the same webhook-id. Bound: the dispatcher
     * claims only for free in-flight slots and frees a slot only once its outcome is recorded, so one
     * server never holds more than IN_FLIGHT claimed and unrecorded deliveries.
     */
    @Test
    @Order(2)
    void aServerKilledMidStreamLosesNoDeliveryAndRepeatsOnlyInFlightOnesWithTheSameWebhookId() throws Exception {
        String round = "round2-";
        int inFlightBound = IN_FLIGHT;
        long[] killedAt = new long[1];
        TreeMap<String, Long> atKill = new TreeMap<>();

        int published = publish(round, count -> {
            if (count == EVENTS_PER_ROUND / 2) {
                try {
                    assertThat(first.kill()).as("exit status of SIGKILL").isEqualTo(128 + 9);
                    killedAt[0] = System.nanoTime();
                    atKill.putAll(db.leasedDeliveries());
                    first.launch(); // the publishers go on meanwhile, to the second server
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(killedAt[0]).as("the first server was killed").isPositive();
        first.awaitReady(Duration.ofSeconds(300));
        Duration took = awaitEveryDelivery(round, Duration.ofMinutes(6));

        List<String> repeatsAfterKill = receiver.repeatArrivals(round).stream()
                .map(at -> String.format("%.1f s", (at - killedAt[0]) / 1e9)).toList();
        report(round, published, took, "SIGKILL of " + first.name() + " after " + EVENTS_PER_ROUND / 2
                + " publishes, restarted; pending deliveries right after the kill " + atKill
                + "; the repeated webhook-ids arrived again " + repeatsAfterKill + " after the kill (lease "
                + LEASE_SECONDS + " s); in-flight bound " + inFlightBound + " (signals.dispatcher.in-flight)");
        assertThat(published).isEqualTo(EVENTS_PER_ROUND);
        assertThat(receiver.eventsArrived(round)).as("every event delivered").isEqualTo(EVENTS_PER_ROUND);
        assertThat(receiver.eventsWithSeveralWebhookIds(round)).as("a repeated event has the same webhook-id")
                .isZero();
        assertThat(receiver.duplicates(round)).as("no more repeats than deliveries in flight at the kill")
                .isLessThanOrEqualTo(inFlightBound);
        assertThat(receiver.mostArrivalsOfOneWebhookId(round)).as("sent by the killed server, then once more")
                .isLessThanOrEqualTo(2);
        assertThat(receiver.badSignatures()).isZero();
        assertThat(receiver.idMismatches()).isZero();
    }

    /**
     * Publishes EVENTS_PER_ROUND events from several threads, alternating between the servers; a
     * publish that fails (server down, connection cut) is sent to the other server with the same
     * idempotency key, so an event committed just before a crash is not published twice.
     * {@code afterEach} runs, on the publishing thread, after the n-th successful publish.
     */
    private static int publish(String round, IntConsumer afterEach) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService publishers = Executors.newFixedThreadPool(PUBLISHER_THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < PUBLISHER_THREADS; t++) {
                workers.add(publishers.submit(() -> {
                    for (int seq = next.getAndIncrement(); seq < EVENTS_PER_ROUND; seq = next.getAndIncrement()) {
                        publishOne(round, seq);
                        afterEach.accept(done.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(10, TimeUnit.MINUTES);
            }
        } finally {
            publishers.shutdownNow();
        }
        return done.get();
    }

    private static void publishOne(String round, int seq) throws Exception {
        String body = "{\"type\":\"" + EVENT_TYPES.get(seq % EVENT_TYPES.size()) + "\",\"userId\":\"" + user
                + "\",\"data\":{\"key\":\"" + round + seq + "\"},\"idempotencyKey\":\"" + round + seq + "\"}";
        LibertyInstance[] servers = seq % 2 == 0 ? new LibertyInstance[] {first, second}
                : new LibertyInstance[] {second, first};
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String lastError = null;
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            LibertyInstance server = servers[attempt % 2];
            try {
                HttpResponse<String> response = server.postJson("/api/events", SERVICE, body);
                if (response.statusCode() == 202 || response.statusCode() == 200) {
                    return;
                }
                lastError = server.name() + " answered " + response.statusCode() + ": " + response.body();
            } catch (IOException down) {
                lastError = server.name() + ": " + down;
            }
            if (attempt % 2 == 1) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("event " + round + seq + " could not be published: " + lastError);
    }

    /** Until every event of the round arrived and no delivery is left pending in the database. */
    private static Duration awaitEveryDelivery(String round, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long lastReport = start;
        while (System.nanoTime() < deadline) {
            TreeMap<String, Long> states = db.deliveriesByState();
            boolean settled = states.keySet().stream().allMatch("DELIVERED"::equals);
            if (receiver.eventsArrived(round) == EVENTS_PER_ROUND && settled) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(10)) {
                lastReport = System.nanoTime();
                System.out.printf("[%s] waiting: %d of %d events arrived, deliveries by state %s%n", round,
                        receiver.eventsArrived(round), EVENTS_PER_ROUND, states);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("[" + round + "] only " + receiver.eventsArrived(round) + " of " + EVENTS_PER_ROUND
                + " events arrived within " + timeout + "; deliveries by state " + db.deliveriesByState());
    }

    private static void report(String round, int published, Duration took, String incident) {
        System.out.printf("[%s] published %d, delivered events %d, received %d and distinct webhook-ids %d "
                        + "(both counted since the first round), duplicates %d, events under several webhook-ids %d, bad signatures %d, deliveries by state %s, "
                        + "all arrived %.1f s after publishing; incident: %s%n", round, published,
                receiver.eventsArrived(round), receiver.received(), receiver.distinctWebhookIds(),
                receiver.duplicates(round), receiver.eventsWithSeveralWebhookIds(round), receiver.badSignatures(),
                db.deliveriesByState(), took.toMillis() / 1000.0, incident);
    }

    private static double dispatched(LibertyInstance server, String via) throws IOException {
        return MetricsText.counter(server.get("/metrics", null).body(), "webhook_deliveries_dispatched_total", "via", via);
    }

    private static double delivered(LibertyInstance server) throws IOException {
        return MetricsText.counter(server.get("/metrics", null).body(), "webhook_deliveries_finished_total", "state",
                "delivered");
    }
}
