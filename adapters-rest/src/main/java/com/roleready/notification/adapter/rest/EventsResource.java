package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.PublishEventBatchCommand;
import com.roleready.notification.application.port.in.PublishEventBatchUseCase;
import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.in.PublishEventUseCase;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.shared.adapter.rest.problem.FieldPrefix;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import com.roleready.shared.domain.DomainValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishing for out-of-process platform services. */
@Path("/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.SERVICE, Role.ADMIN})
@Tag(name = "Events", description = "Publish operation outcomes (service or admin role)")
public class EventsResource {

    @Inject
    PublishEventUseCase publish;

    @Inject
    PublishEventBatchUseCase publishBatch;

    @Schema(name = "PublishEventRequest")
    public static class PublishRequest {
        @Schema(required = true, example = "resume.parsed",
                enumeration = {"resume.parsed", "resume.parse_failed", "ats.check_completed", "ats.check_failed",
                        "tailoring.completed", "tailoring.failed", "operation.cancelled"})
        public String type;
        @Schema(required = true, example = "alice")
        public String userId;
        @Schema(required = true, description = "A JSON object of at most 256 KiB, delivered as is")
        public Object data;
        @Schema(description = "Repeating a key (per user) returns the first result and creates nothing")
        public String idempotencyKey;
    }

    public record PublishResponse(String eventId, int deliveries, boolean duplicate) {

        static PublishResponse of(PublishReceipt receipt) {
            return new PublishResponse(receipt.eventId().toString(), receipt.deliveries(), receipt.duplicate());
        }
    }

    @Schema(name = "PublishEventBatchRequest")
    public static class PublishBatchRequest {
        @Schema(required = true, description = "1 to 100 events, each as for POST /api/events",
                minItems = 1, maxItems = PublishEventBatchCommand.MAX_EVENTS)
        public List<PublishRequest> events;
    }

    /** One receipt per event, in the order of the request. */
    public record PublishBatchResponse(List<PublishResponse> results) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an event to every enabled endpoint of the user that subscribes to it")
    @APIResponse(responseCode = "202", description = "Accepted: stored with its deliveries, sent asynchronously")
    @APIResponse(responseCode = "400", description = "Invalid field (see field)")
    @APIResponse(responseCode = "413", description = "data is over 256 KiB")
    public Response publish(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PublishRequest.class))) JsonValue body) {
        PublishReceipt receipt = publish.publish(command(JsonRequest.of(body)));
        return Response.accepted(PublishResponse.of(receipt)).build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish up to 100 events in one request and one transaction: all of them or none",
            description = "Each event is handled as by POST /api/events, including its idempotency key (a key "
                    + "repeated within the batch answers with the first one's receipt). An invalid event rejects "
                    + "the whole batch; the problem's field names it, e.g. events[3].type.")
    @APIResponse(responseCode = "202", description = "Accepted: all stored with their deliveries, in order",
            content = @Content(schema = @Schema(implementation = PublishBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (see field); nothing was stored")
    @APIResponse(responseCode = "413", description = "an event's data is over 256 KiB, or the body over 1 MiB")
    public Response publishBatch(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PublishBatchRequest.class))) JsonValue body) {
        JsonArray events = eventsOf(JsonRequest.of(body));
        List<PublishEventCommand> commands = new ArrayList<>(events.size());
        for (int i = 0; i < events.size() && i <= PublishEventBatchCommand.MAX_EVENTS; i++) {
            String field = "events[" + i + "]";
            if (events.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DomainValidationException(field, field + " must be a JSON object");
            }
            JsonValue event = events.get(i);
            commands.add(FieldPrefix.apply(field, () -> command(JsonRequest.of(event))));
        }
        List<PublishReceipt> receipts = publishBatch.publishAll(new PublishEventBatchCommand(commands));
        return Response.accepted(new PublishBatchResponse(receipts.stream().map(PublishResponse::of).toList()))
                .build();
    }

    private static JsonArray eventsOf(JsonRequest request) {
        JsonValue events = request.raw().get("events");
        if (events == null || events.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new DomainValidationException("events", "events is required and must be an array of events");
        }
        return events.asJsonArray();
    }

    private static PublishEventCommand command(JsonRequest request) {
        JsonObject data = request.object("data");
        if (data == null) {
            throw new DomainValidationException("data", "data is required and must be a JSON object");
        }
        return PublishEventCommand.of(request.string("type"), request.string("userId"), data.toString(),
                request.string("idempotencyKey"));
    }

}
