package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.PublishEventCommand;
import com.roleready.notification.application.port.in.PublishEventUseCase;
import com.roleready.notification.application.port.out.PublishReceipt;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import com.roleready.shared.domain.DomainValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an event to every enabled endpoint of the user that subscribes to it")
    @APIResponse(responseCode = "202", description = "Accepted: stored with its deliveries, sent asynchronously")
    @APIResponse(responseCode = "400", description = "Invalid field (see field)")
    @APIResponse(responseCode = "413", description = "data is over 256 KiB")
    public Response publish(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = PublishRequest.class))) JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        JsonObject data = request.object("data");
        if (data == null) {
            throw new DomainValidationException("data", "data is required and must be a JSON object");
        }
        PublishReceipt receipt = publish.publish(PublishEventCommand.of(request.string("type"),
                request.string("userId"), data.toString(), request.string("idempotencyKey")));
        return Response.accepted(new PublishResponse(receipt.eventId().toString(), receipt.deliveries(),
                receipt.duplicate())).build();
    }

}
