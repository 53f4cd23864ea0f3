package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.DeleteEndpointUseCase;
import com.roleready.notification.application.port.in.ListEndpointsUseCase;
import com.roleready.notification.application.port.in.RegisterEndpointCommand;
import com.roleready.notification.application.port.in.RegisterEndpointUseCase;
import com.roleready.notification.application.port.in.UpdateEndpointUseCase;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Your endpoints beyond the primary one: each with its own URL, secret, events and retry policy. */
@Path("/webhooks/endpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookEndpointsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RegisterEndpointUseCase register;

    @Inject
    UpdateEndpointUseCase update;

    @Inject
    DeleteEndpointUseCase delete;

    @Inject
    ListEndpointsUseCase list;

    @GET
    @Operation(summary = "Your endpoints (secrets are never listed)")
    public List<EndpointResponse> list() {
        return list.endpointsOf(caller.id()).stream().map(EndpointResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an endpoint", description = "The answer carries the new signing secret, only this once.")
    @APIResponse(responseCode = "201", description = "Created, with its secret")
    @APIResponse(responseCode = "400", description = "Invalid field (see field)")
    public Response create(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = EndpointRequest.class))) JsonValue body) {
        EndpointResponse created = EndpointResponse.of(register.register(command(body)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of your endpoints")
    @APIResponse(responseCode = "404", description = "No such endpoint of yours")
    public EndpointResponse get(@PathParam("id") UUID id) {
        return EndpointResponse.of(list.endpointOf(caller.id(), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an endpoint's settings (its secret stays)")
    @APIResponse(responseCode = "404", description = "No such endpoint of yours")
    public EndpointResponse replace(@PathParam("id") UUID id, @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = EndpointRequest.class))) JsonValue body) {
        return EndpointResponse.of(update.update(id, command(body)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint; its pending deliveries are cancelled, its log stays")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint of yours")
    public Response remove(@PathParam("id") UUID id) {
        delete.delete(caller.id(), id);
        return Response.noContent().build();
    }

    private RegisterEndpointCommand command(JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        return RegisterEndpointCommand.of(caller.id(), request.string("url"), request.bool("enabled"),
                request.stringList("enabledEvents"), request.longList("retryDelaysSeconds"));
    }
}
