package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.out.DeliveryLogPage;
import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A page of the delivery log, newest first. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record DeliveryLogResponse(List<Item> items, int page, int size, long total) {

    @JsonbPropertyOrder({"deliveryId", "webhookId", "eventId", "endpointId", "event", "status", "attempts",
            "createdAt", "nextAttemptAt", "completedAt", "lastStatusCode", "lastError", "attemptLog"})
    public record Item(String deliveryId, String webhookId, String eventId, String endpointId, String event,
                       String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant completedAt,
                       Integer lastStatusCode, String lastError, List<Attempt> attemptLog) {
    }

    @JsonbPropertyOrder({"attempt", "startedAt", "durationMs", "outcome", "statusCode", "error", "location",
            "responseBody"})
    public record Attempt(int attempt, Instant startedAt, long durationMs, String outcome, Integer statusCode,
                          String error, String location, String responseBody) {
    }

    static DeliveryLogResponse of(DeliveryLogPage page, int pageNumber, int size) {
        return new DeliveryLogResponse(page.entries().stream().map(e -> item(e.delivery(), e.attempts())).toList(),
                pageNumber, size, page.total());
    }

    static Item item(Delivery d, List<DeliveryAttempt> attempts) {
        return new Item(d.id().toString(), d.webhookId(), d.eventId().toString(), d.endpointId().toString(),
                d.eventType().wireName(), d.state().wireName(), d.attempts(), d.createdAt(), d.nextAttemptAt(),
                d.completedAt(), d.lastStatusCode(), d.lastError(), attempts.stream().map(DeliveryLogResponse::attempt).toList());
    }

    private static Attempt attempt(DeliveryAttempt a) {
        return new Attempt(a.number(), a.startedAt(), a.duration().toMillis(), a.outcome().name().toLowerCase(Locale.ROOT),
                a.statusCode(), a.error(), a.location(), a.responseSnippet());
    }
}
