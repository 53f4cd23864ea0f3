package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retention purge as the container runs it, on its own schedule: a server with a one-minute purge interval and
 * one day of retention deletes, within its first run, the finished deliveries, attempts, events and test results
 * older than a day, and keeps a pending delivery (and its event) however old, and recent rows.
 */
class RetentionPurgeInContainerIT {

    private static final Pattern PURGED_METRIC = Pattern.compile(
            "^retention_purged_rows_total\\{[^}]*kind=\"([a-z_]+)\"[^}]*\\}\\s+([0-9.eE+]+)", Pattern.MULTILINE);
    private static final String OLD = "UTC_TIMESTAMP(6) - INTERVAL 3 DAY";
    private static final String NOW = "UTC_TIMESTAMP(6)";

    private static ThrowawayMariaDb db;
    private static LibertyInstance server;

    @BeforeAll
    static void aServerThatPurgesEveryMinute() throws Exception {
        db = ThrowawayMariaDb.create();
        server = LibertyInstance.start("purge", LibertyInstance.port(1), db, Map.of(
                "SIGNALS_RETENTION_PURGE_INTERVAL_MINUTES", "1", // the first run follows one minute after start
                "SIGNALS_RETENTION_DELIVERY_DAYS", "1",
                "SIGNALS_RETENTION_TEST_RESULT_DAYS", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        Cleanup.closeInOrder(server, db);
    }

    @Test
    void theScheduledPurgeDeletesWhatIsPastRetentionAndKeepsPendingAndRecentRows() throws Exception {
        db.execute(
                event("old-event", OLD), delivery("old-delivered", "old-event", "DELIVERED", OLD),
                attempt("old-attempt", "old-delivered", OLD),
                event("old-event-pending", OLD), delivery("old-pending", "old-event-pending", "PENDING", OLD),
                event("new-event", NOW), delivery("new-delivered", "new-event", "DELIVERED", NOW),
                attempt("new-attempt", "new-delivered", NOW),
                variant("purge-variant"), testResult("old-result", OLD), testResult("new-result", NOW));

        await("the first scheduled purge").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !ids("experiment_test_result").contains(id("old-result"))
                        && !ids("webhook_event").contains(id("old-event")));

        assertThat(ids("webhook_delivery")).contains(id("old-pending"), id("new-delivered"))
                .doesNotContain(id("old-delivered"));
        assertThat(ids("webhook_delivery_attempt")).contains(id("new-attempt")).doesNotContain(id("old-attempt"));
        assertThat(ids("webhook_event")).contains(id("old-event-pending"), id("new-event"))
                .doesNotContain(id("old-event"));
        assertThat(ids("experiment_test_result")).contains(id("new-result")).doesNotContain(id("old-result"));
        assertThat(purgedByKind()).as("retention_purged_rows_total on /metrics")
                .allSatisfy((kind, rows) -> assertThat(rows).isPositive()).isNotEmpty();
    }

    /** Every planted row's id: a fixed-length text that names it, so that a failure says which row. */
    private static String id(String name) {
        return String.format("%-36s", name).replace(' ', '-');
    }

    private static String ids(String table) {
        StringBuilder found = new StringBuilder();
        for (String name : new String[] {"old-event", "old-event-pending", "new-event", "old-delivered", "old-pending",
                "new-delivered", "old-attempt", "new-attempt", "old-result", "new-result"}) {
            if (db.count("SELECT COUNT(*) FROM " + table + " WHERE id = '" + id(name) + "'") > 0) {
                found.append(id(name)).append(' ');
            }
        }
        return found.toString();
    }

    private static String event(String name, String at) {
        return "INSERT INTO webhook_event (id, owner_id, event_type, data, idempotency_key, delivery_count, created_at)"
                + " VALUES ('" + id(name) + "', 'purge-owner', 'resume.parsed', '{}', NULL, 1, " + at + ")";
    }

    /** A delivery to an endpoint that does not exist; a pending one is due only in a year, so nobody claims it. */
    private static String delivery(String name, String event, String state, String at) {
        boolean pending = "PENDING".equals(state);
        return "INSERT INTO webhook_delivery (id, event_id, endpoint_id, owner_id, event_type, payload, state,"
                + " attempts, round_start, next_attempt_at, lease_token, completed_at, last_status_code, last_error,"
                + " created_at, version) VALUES ('" + id(name) + "', '" + id(event) + "', '" + id("no-endpoint")
                + "', 'purge-owner', 'resume.parsed', '{}', '" + state + "', " + (pending ? 0 : 1) + ", 0, "
                + (pending ? "UTC_TIMESTAMP(6) + INTERVAL 365 DAY" : "NULL") + ", NULL, " + (pending ? "NULL" : at)
                + ", " + (pending ? "NULL" : "200") + ", NULL, " + at + ", 1)";
    }

    private static String attempt(String name, String delivery, String at) {
        return "INSERT INTO webhook_delivery_attempt (id, delivery_id, owner_id, attempt_no, started_at, duration_ms,"
                + " outcome, status_code) VALUES ('" + id(name) + "', '" + id(delivery) + "', 'purge-owner', 1, " + at
                + ", 5, 'SUCCESS', 200)";
    }

    private static String variant(String name) {
        return "INSERT INTO prompt_variant (id, operation, label, label_key, name, prompt, active, is_control,"
                + " control_of, archived, weight, created_at, created_by, updated_at, updated_by) VALUES ('" + id(name)
                + "', 'tailoring', 'purge', 'purge', 'Purge test', 'A prompt.', TRUE, FALSE, NULL, FALSE, NULL, "
                + NOW + ", 'it', " + NOW + ", 'it')";
    }

    private static String testResult(String name, String at) {
        return "INSERT INTO experiment_test_result (id, variant_id, operation, user_id, success, duration_ms,"
                + " tokens_used, cost_usd, recorded_at) VALUES ('" + id(name) + "', '" + id("purge-variant")
                + "', 'tailoring', 'purge-user', TRUE, 100, 10, 0.01, " + at + ")";
    }

    private static Map<String, Double> purgedByKind() throws Exception {
        HttpResponse<String> metrics = server.get("/metrics", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        Map<String, Double> purged = new java.util.TreeMap<>();
        Matcher matcher = PURGED_METRIC.matcher(metrics.body());
        while (matcher.find()) {
            purged.merge(matcher.group(1), Double.parseDouble(matcher.group(2)), Double::sum);
        }
        return purged;
    }
}
