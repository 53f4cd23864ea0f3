package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.ComputeDeliveryStatsUseCase;
import com.roleready.notification.application.port.in.ListDeliveryLogsUseCase;
import com.roleready.notification.application.port.in.RedeliverUseCase;
import com.roleready.notification.application.port.out.DeliveryLogPage;
import com.roleready.notification.application.port.out.DeliveryLogQuery;
import com.roleready.notification.domain.DeliveryState;
import com.roleready.notification.domain.EventType;
import com.roleready.shared.adapter.rest.problem.QueryParams;
import com.roleready.shared.adapter.rest.security.CurrentCaller;
import com.roleready.shared.domain.DomainValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Your delivery log, statistics, and redelivery of failed deliveries. */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class DeliveryLogResource {

    static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any real log (30 days of retention), and page × size stays an int. */
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_WINDOW_DAYS = 365;

    @Inject
    CurrentCaller caller;

    @Inject
    ListDeliveryLogsUseCase logs;

    @Inject
    ComputeDeliveryStatsUseCase stats;

    @Inject
    RedeliverUseCase redeliver;

    @GET
    @Path("/logs")
    @Operation(summary = "Your deliveries, newest first, each with its attempts")
    public DeliveryLogResponse logs(
            @Parameter(description = "0-based page, at most " + MAX_PAGE) @QueryParam("page") String pageParam,
            @Parameter(description = "1 to 100 (default 20)") @QueryParam("size") String sizeParam,
            @Parameter(description = "Only this event type") @QueryParam("event") String event,
            @Parameter(description = "pending, delivered, failed or cancelled") @QueryParam("status") String status,
            @Parameter(description = "Only deliveries to this endpoint") @QueryParam("endpointId") String endpoint) {
        int page = QueryParams.integer("page", pageParam, 0, 0, MAX_PAGE);
        int size = QueryParams.integer("size", sizeParam, 20, 1, MAX_PAGE_SIZE);
        UUID endpointId = QueryParams.uuid("endpointId", endpoint);
        EventType type = event == null ? null : EventType.fromWireName(event, "event");
        DeliveryLogQuery query = new DeliveryLogQuery(caller.id(), type, state(status), endpointId, page, size);
        return DeliveryLogResponse.of(logs.logs(query), page, size);
    }

    @POST
    @Path("/logs/{deliveryId}/redeliver")
    @Operation(summary = "Try a failed delivery again (same webhook-id, a fresh round of retries)")
    @APIResponse(responseCode = "202", description = "Scheduled")
    @APIResponse(responseCode = "404", description = "No such delivery of yours")
    @APIResponse(responseCode = "409", description = "The delivery is not failed")
    public Response redeliver(@PathParam("deliveryId") UUID deliveryId) {
        DeliveryLogPage.Entry scheduled = redeliver.redeliver(caller.id(), deliveryId);
        return Response.accepted(DeliveryLogResponse.item(scheduled.delivery(), scheduled.attempts())).build();
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Success rate, average attempts, per-event breakdown and attempt latency")
    public DeliveryStatsResponse stats(
            @Parameter(description = "Window in days, 1 to 365 (default 30)") @QueryParam("days") String daysParam) {
        int days = QueryParams.integer("days", daysParam, 30, 1, MAX_WINDOW_DAYS);
        return DeliveryStatsResponse.of(stats.statsOf(caller.id(), Duration.ofDays(days)), days);
    }

    private static DeliveryState state(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(DeliveryState.values()).filter(s -> s.wireName().equals(status.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new DomainValidationException("status",
                        "status must be one of pending, delivered, failed, cancelled"));
    }
}
