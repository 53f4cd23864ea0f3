package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointUseCase;
import com.roleready.notification.application.port.in.RemovePrimaryEndpointUseCase;
import com.roleready.notification.application.port.in.ViewPrimaryEndpointUseCase;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.security.CurrentCaller;
import com.roleready.shared.application.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The original single-webhook API: it reads and writes the caller's primary endpoint. */
@Path("/webhooks/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Your webhook endpoint and its deliveries")
public class WebhookConfigResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ConfigurePrimaryEndpointUseCase configure;

    @Inject
    ViewPrimaryEndpointUseCase view;

    @Inject
    RemovePrimaryEndpointUseCase remove;

    @GET
    @Operation(summary = "Your webhook configuration")
    @APIResponse(responseCode = "200", description = "The configuration")
    @APIResponse(responseCode = "404", description = "No webhook is configured")
    public WebhookConfigResponse get() {
        return view.primaryEndpointOf(caller.id())
                .map(WebhookConfigResponse::from)
                .orElseThrow(() -> new NotFoundException("no webhook is configured for this user"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace your webhook configuration",
            description = "The answer that creates the configuration carries the signing secret (whsec_...); "
                    + "it is never shown again. Use regenerate-secret to get a new one.")
    @APIResponse(responseCode = "200", description = "The stored configuration")
    @APIResponse(responseCode = "400", description = "Invalid url or enabledEvents")
    public WebhookConfigResponse configure(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookConfigRequest.class)))
            JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        return WebhookConfigResponse.from(configure.configure(ConfigurePrimaryEndpointCommand.of(caller.id(),
                request.string("url"), request.bool("enabled"), request.stringList("enabledEvents"))));
    }

    @DELETE
    @Operation(summary = "Remove your webhook configuration")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No webhook is configured")
    public Response delete() {
        remove.removePrimaryEndpoint(caller.id());
        return Response.noContent().build();
    }
}
