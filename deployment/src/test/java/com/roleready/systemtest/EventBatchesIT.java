package com.roleready.systemtest;

import static com.roleready.systemtest.ProblemAssertions.assertProblem;
import static com.roleready.systemtest.ProblemAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/events/batch, and publishes that race on one idempotency key. */
class EventBatchesIT {

    private static final String SERVICE = Tokens.withGroups("tailoring-service", "service");
    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();

    private static String token(String user) {
        return Tokens.user(user, user + "@example.com");
    }

    /** A disabled endpoint still gets deliveries stored (as cancelled), so the logs count what was written. */
    private static void register(String user) {
        assertThat(SystemTestClient.postJson("/api/webhooks/endpoints", token(user),
                "{\"url\":\"https://hooks.example.com/" + user + "\",\"enabled\":true}").statusCode()).isEqualTo(201);
    }

    private static String event(String user, String type, String key) {
        return "{\"type\":\"" + type + "\",\"userId\":\"" + user + "\",\"data\":{\"resumeId\":\"r-1\"}"
                + (key == null ? "" : ",\"idempotencyKey\":\"" + key + "\"") + "}";
    }

    private static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    private static int logged(String user) {
        return json(SystemTestClient.get("/api/webhooks/logs", token(user))).getInt("total");
    }

    @Test
    void aBatchIsPublishedInOrderWithOneReceiptPerEvent() {
        register(alice);
        register(bob);

        HttpResponse<String> response = SystemTestClient.postJson("/api/events/batch", SERVICE, batch(
                event(alice, "resume.parsed", "a-1"), event(bob, "ats.check_completed", null),
                event(alice, "tailoring.completed", "a-1"), event("nobody-" + UUID.randomUUID(), "resume.parsed", null)));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonArray results = json(response).getJsonArray("results");
        assertThat(results).hasSize(4);
        assertThat(results.getJsonObject(0).getInt("deliveries")).isEqualTo(1);
        assertThat(results.getJsonObject(1).getInt("deliveries")).isEqualTo(1);
        assertThat(results.getJsonObject(2).getString("eventId")).isEqualTo(results.getJsonObject(0).getString("eventId"));
        assertThat(results.getJsonObject(2).getBoolean("duplicate")).isTrue();
        assertThat(results.getJsonObject(3).getInt("deliveries")).isZero();
        assertThat(logged(alice)).isEqualTo(1);
        assertThat(logged(bob)).isEqualTo(1);
    }

    @Test
    void onlyServicesAndAdminsMayPublishABatch() {
        String body = batch(event(alice, "resume.parsed", null));

        assertProblem(SystemTestClient.postJson("/api/events/batch", token(alice), body), 403);
        assertProblem(SystemTestClient.postJson("/api/events/batch", null, body), 401);
    }

    @ParameterizedTest(name = "{0} -> {1} on {2}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                                        | 400 | events",
            "{\"events\":{}}                                                           | 400 | events",
            "{\"events\":[]}                                                           | 400 | events",
            "{\"events\":[7]}                                                          | 400 | events[0]",
            "{\"events\":[OK,{\"userId\":\"u\",\"data\":{}}]}                          | 400 | events[1].type",
            "{\"events\":[OK,OK,{\"type\":\"resume.parsed\",\"data\":{}}]}             | 400 | events[2].userId",
            "{\"events\":[OK,{\"type\":\"resume.parsed\",\"userId\":\"u\",\"data\":1}]} | 400 | events[1].data",
            "{\"events\":[OK,{\"type\":\"webhook.test\",\"userId\":\"u\",\"data\":{}}]} | 400 | events[1].type",
    })
    void anInvalidEventRejectsTheWholeBatchNamingIt(String template, int status, String field) {
        register(alice);
        String body = template.replace("OK", event(alice, "resume.parsed", null));

        JsonObject problem = assertProblem(SystemTestClient.postJson("/api/events/batch", SERVICE, body), status);

        assertThat(problem.getString("field")).isEqualTo(field);
        assertThat(logged(alice)).as("nothing of the batch is written").isZero();
    }

    @Test
    void aBatchOfMoreThanAHundredEventsIsRefused() {
        String body = batch(Collections.nCopies(101, event(alice, "resume.parsed", null)).toArray(String[]::new));

        assertThat(assertProblem(SystemTestClient.postJson("/api/events/batch", SERVICE, body), 400).getString("field"))
                .isEqualTo("events");
    }

    @Test
    void anEventWithDataOver256KibRejectsTheBatchWith413() {
        register(alice);
        String big = "{\"type\":\"resume.parsed\",\"userId\":\"" + alice + "\",\"data\":{\"blob\":\""
                + "x".repeat(256 * 1024) + "\"}}";

        JsonObject problem = assertProblem(SystemTestClient.postJson("/api/events/batch", SERVICE,
                batch(event(alice, "resume.parsed", null), big)), 413);

        assertThat(problem.getString("field")).isEqualTo("events[1].data");
        assertThat(logged(alice)).isZero();
    }

    @Test
    void publishesRacingOnOneIdempotencyKeyAllGetTheOneEventThatWasStored() throws Exception {
        register(alice);
        int racers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 5; round++) {
                String body = event(alice, "resume.parsed", "race-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return SystemTestClient.postJson("/api/events", SERVICE, body);
                    }, pool));
                }
                start.countDown();
                List<HttpResponse<String>> responses = answers.stream().map(CompletableFuture::join).toList();

                assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(202);
                Set<String> eventIds = responses.stream().map(r -> json(r).getString("eventId"))
                        .collect(Collectors.toSet());
                assertThat(eventIds).hasSize(1);
                assertThat(responses.stream().filter(r -> !json(r).getBoolean("duplicate")).count()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(logged(alice)).isEqualTo(5);
        assertThat(RefusalsLeaveNoIncidentIT.incidentsNaming(List.of("DuplicatePublishException")))
                .as("a lost race is an ordinary answer, not an incident").isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
