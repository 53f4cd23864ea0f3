package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** In-memory fake of the event and delivery ports, held to the same contract as the JPA adapter. */
public class InMemoryDeliveryStore implements SaveEventPort, FindPublishedEventPort, SaveDeliveryPort,
        ClaimDueDeliveriesPort, LoadDeliveriesPort, DeliveryStatsPort, DeliveryQueuePort, PurgeDeliveriesPort {

    private final Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
    private final Map<UUID, String> leases = new HashMap<>();
    private final Map<UUID, List<DeliveryAttempt>> attempts = new HashMap<>();
    private final Map<String, PublishReceipt> receipts = new HashMap<>();
    private final List<WebhookEvent> events = new ArrayList<>();

    @Override
    public synchronized void save(WebhookEvent event, int deliveryCount) {
        if (event.idempotencyKey() != null) {
            String key = event.ownerId() + "\u0000" + event.idempotencyKey();
            if (receipts.containsKey(key)) {
                throw new DuplicatePublishException();
            }
            receipts.put(key, new PublishReceipt(event.id(), deliveryCount, true));
        }
        events.add(event);
    }

    public synchronized List<WebhookEvent> events() {
        return List.copyOf(events);
    }

    /** All or nothing, as in a transaction: a duplicate key stores none of the events. */
    @Override
    public synchronized boolean saveAll(List<FannedOutEvent> fannedOut) {
        Set<String> keys = new HashSet<>();
        for (FannedOutEvent each : fannedOut) {
            WebhookEvent event = each.event();
            if (event.idempotencyKey() != null && (receipts.containsKey(event.ownerId() + "\u0000" + event.idempotencyKey())
                    || !keys.add(event.ownerId() + "\u0000" + event.idempotencyKey()))) {
                return false;
            }
        }
        for (FannedOutEvent each : fannedOut) {
            save(each.event(), each.deliveries().size());
            each.deliveries().forEach(this::saveNew);
            if (each.leaseToken() != null) {
                each.deliveries().forEach(delivery -> leases.put(delivery.id(), each.leaseToken()));
            }
        }
        return true;
    }

    @Override
    public synchronized Map<IdempotencyKey, PublishReceipt> findByIdempotencyKeys(Collection<IdempotencyKey> keys) {
        Map<IdempotencyKey, PublishReceipt> found = new HashMap<>();
        for (IdempotencyKey key : keys) {
            PublishReceipt receipt = receipts.get(key.ownerId() + "\u0000" + key.key());
            if (receipt != null) {
                found.put(key, receipt);
            }
        }
        return found;
    }

    @Override
    public synchronized void saveNew(Delivery delivery) {
        deliveries.put(delivery.id(), copy(delivery));
    }

    @Override
    public synchronized void update(Delivery delivery, DeliveryAttempt attempt) {
        deliveries.put(delivery.id(), copy(delivery));
        if (attempt != null) {
            attempts.computeIfAbsent(delivery.id(), id -> new ArrayList<>()).add(attempt);
        }
    }

    @Override
    public synchronized int cancelPendingFor(UUID endpointId, Instant now) {
        int cancelled = 0;
        for (Delivery delivery : deliveries.values()) {
            if (delivery.endpointId().equals(endpointId) && delivery.cancel(now)) {
                leases.remove(delivery.id()); // an attempt in flight may no longer record over the cancellation
                cancelled++;
            }
        }
        return cancelled;
    }

    @Override
    public synchronized List<ClaimedDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Delivery> due = deliveries.values().stream().filter(d -> d.isDue(now))
                .sorted(Comparator.comparing(Delivery::nextAttemptAt)).limit(limit).toList();
        List<ClaimedDelivery> claims = new ArrayList<>();
        for (Delivery delivery : due) {
            String token = UUID.randomUUID().toString();
            leases.put(delivery.id(), token);
            Delivery leased = Delivery.rehydrate(delivery.id(), delivery.eventId(), delivery.endpointId(),
                    delivery.ownerId(), delivery.eventType(), delivery.payload(), delivery.createdAt(), delivery.state(),
                    delivery.attempts(), delivery.roundStart(), leaseUntil, delivery.completedAt(),
                    delivery.lastStatusCode(), delivery.lastError());
            deliveries.put(delivery.id(), leased);
            claims.add(new ClaimedDelivery(copy(leased), token));
        }
        return claims;
    }

    @Override
    public synchronized List<Boolean> recordAttempts(List<AttemptRecord> records) {
        return records.stream().map(r -> recordOne(r.claim(), r.attempt())).toList();
    }

    private boolean recordOne(ClaimedDelivery claim, DeliveryAttempt attempt) {
        Delivery stored = deliveries.get(claim.delivery().id());
        if (!claim.leaseToken().equals(leases.get(claim.delivery().id())) || stored.state().isFinal()) {
            return false;
        }
        leases.remove(claim.delivery().id());
        update(claim.delivery(), attempt);
        return true;
    }

    @Override
    public synchronized Optional<Delivery> loadForUpdate(UUID deliveryId) {
        return loadById(deliveryId); // one store-wide lock already serialises every call
    }

    @Override
    public synchronized Optional<Delivery> loadById(UUID deliveryId) {
        return Optional.ofNullable(deliveries.get(deliveryId)).map(InMemoryDeliveryStore::copy);
    }

    @Override
    public synchronized DeliveryLogPage loadLog(DeliveryLogQuery query) {
        List<Delivery> matching = deliveries.values().stream()
                .filter(d -> d.ownerId().equals(query.ownerId()))
                .filter(d -> query.eventType() == null || d.eventType() == query.eventType())
                .filter(d -> query.state() == null || d.state() == query.state())
                .filter(d -> query.endpointId() == null || d.endpointId().equals(query.endpointId()))
                .sorted(Comparator.comparing(Delivery::createdAt).reversed())
                .toList();
        List<DeliveryLogPage.Entry> page = matching.stream().skip((long) query.page() * query.size()).limit(query.size())
                .map(d -> new DeliveryLogPage.Entry(copy(d), loadAttempts(d.id()))).toList();
        return new DeliveryLogPage(page, matching.size());
    }

    @Override
    public synchronized List<DeliveryAttempt> loadAttempts(UUID deliveryId) {
        return List.copyOf(attempts.getOrDefault(deliveryId, List.of()));
    }

    @Override
    public synchronized List<EventTypeCounts> countsByEventType(String ownerId, Instant since) {
        Map<String, List<Delivery>> byType = deliveries.values().stream()
                .filter(d -> d.ownerId().equals(ownerId) && !d.createdAt().isBefore(since))
                .collect(Collectors.groupingBy(d -> d.eventType().wireName(), LinkedHashMap::new, Collectors.toList()));
        return byType.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new EventTypeCounts(e.getKey(),
                e.getValue().size(), count(e.getValue(), DeliveryState.DELIVERED), count(e.getValue(), DeliveryState.FAILED),
                count(e.getValue(), DeliveryState.PENDING), count(e.getValue(), DeliveryState.CANCELLED),
                e.getValue().stream().mapToLong(Delivery::attempts).sum())).toList();
    }

    @Override
    public synchronized List<Long> recentAttemptDurationsMillis(String ownerId, Instant since, int limit) {
        return attempts.entrySet().stream()
                .filter(e -> deliveries.get(e.getKey()).ownerId().equals(ownerId))
                .flatMap(e -> e.getValue().stream())
                .filter(a -> !a.startedAt().isBefore(since))
                .sorted(Comparator.comparing(DeliveryAttempt::startedAt).reversed())
                .limit(limit).map(a -> a.duration().toMillis()).toList();
    }

    @Override
    public synchronized long countDue(Instant now) {
        return deliveries.values().stream().filter(d -> d.isDue(now)).count();
    }

    @Override
    public synchronized Optional<Instant> oldestDue(Instant now) {
        return deliveries.values().stream().filter(d -> d.isDue(now)).map(Delivery::nextAttemptAt).min(Comparator.naturalOrder());
    }

    @Override
    public synchronized PurgedDeliveries deleteFinishedBefore(Instant cutoff, int limit) {
        List<UUID> expired = deliveries.values().stream()
                .filter(d -> d.state().isFinal() && d.completedAt().isBefore(cutoff))
                .limit(limit).map(Delivery::id).toList();
        int attemptRows = 0;
        for (UUID id : expired) {
            deliveries.remove(id);
            leases.remove(id);
            List<DeliveryAttempt> removed = attempts.remove(id);
            attemptRows += removed == null ? 0 : removed.size();
        }
        return new PurgedDeliveries(expired.size(), attemptRows);
    }

    @Override
    public synchronized int deleteEventsWithoutDeliveriesBefore(Instant cutoff, int limit) {
        List<WebhookEvent> expired = events.stream()
                .filter(e -> e.occurredAt().isBefore(cutoff))
                .filter(e -> deliveries.values().stream().noneMatch(d -> d.eventId().equals(e.id())))
                .limit(limit).toList();
        events.removeAll(expired);
        expired.stream().filter(e -> e.idempotencyKey() != null)
                .forEach(e -> receipts.remove(e.ownerId() + "\u0000" + e.idempotencyKey()));
        return expired.size();
    }

    private static long count(List<Delivery> list, DeliveryState state) {
        return list.stream().filter(d -> d.state() == state).count();
    }

    private static Delivery copy(Delivery d) {
        return Delivery.rehydrate(d.id(), d.eventId(), d.endpointId(), d.ownerId(), d.eventType(), d.payload(),
                d.createdAt(), d.state(), d.attempts(), d.roundStart(), d.nextAttemptAt(), d.completedAt(),
                d.lastStatusCode(), d.lastError());
    }
}
