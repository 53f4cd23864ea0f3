package com.roleready.notification.adapter.rest;

import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.application.port.in.RegenerateSecretUseCase;
import com.roleready.notification.application.port.in.SendTestEventUseCase;
import com.roleready.notification.application.port.in.TestSendOutcome;
import com.roleready.shared.adapter.rest.problem.QueryParams;
import com.roleready.shared.adapter.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Test an endpoint now; give it a new secret. Both act on the primary endpoint unless endpointId names another. */
@Path("/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookActionsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SendTestEventUseCase testSend;

    @Inject
    RegenerateSecretUseCase regenerate;

    @JsonbPropertyOrder({"deliveryId", "endpointId", "success", "outcome", "statusCode", "durationMs", "error",
            "responseBody"})
    public record TestResponse(String deliveryId, String endpointId, boolean success, String outcome,
                               Integer statusCode, long durationMs, String error, String responseBody) {
    }

    public record SecretResponse(String endpointId, String secret, Instant previousSecretValidUntil) {
    }

    @POST
    @Path("/test")
    @Operation(summary = "Send a signed webhook.test now and report what the receiver answered",
            description = "Tried once, without retries; logged like any delivery.")
    @APIResponse(responseCode = "200", description = "The outcome (success false when the receiver failed)")
    @APIResponse(responseCode = "404", description = "No webhook configured / no such endpoint of yours")
    public TestResponse test(@Parameter(description = "An endpoint other than the primary one")
                             @QueryParam("endpointId") String endpointId) {
        TestSendOutcome outcome = testSend.sendTest(caller.id(),
                Optional.ofNullable(QueryParams.uuid("endpointId", endpointId)));
        return new TestResponse(outcome.deliveryId().toString(), outcome.endpointId().toString(), outcome.success(),
                outcome.outcome().name().toLowerCase(java.util.Locale.ROOT), outcome.statusCode(), outcome.durationMs(),
                outcome.error(), outcome.responseSnippet());
    }

    @POST
    @Path("/regenerate-secret")
    @Operation(summary = "Replace the signing secret",
            description = "The new secret is shown only in this answer. The old one keeps signing (a second "
                    + "signature on each delivery) until previousSecretValidUntil, so receivers can switch safely.")
    @APIResponse(responseCode = "404", description = "No webhook configured / no such endpoint of yours")
    public SecretResponse regenerateSecret(@Parameter(description = "An endpoint other than the primary one")
                                           @QueryParam("endpointId") String endpointId) {
        ConfiguredEndpoint rotated = regenerate.regenerate(caller.id(),
                Optional.ofNullable(QueryParams.uuid("endpointId", endpointId)));
        return new SecretResponse(rotated.endpoint().id().toString(), rotated.revealedSecret(),
                rotated.endpoint().secrets().previousValidUntil());
    }
}
