package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.application.port.in.DeleteEndpointUseCase;
import com.roleready.notification.application.port.in.ListEndpointsUseCase;
import com.roleready.notification.application.port.in.RegenerateSecretUseCase;
import com.roleready.notification.application.port.in.RegisterEndpointCommand;
import com.roleready.notification.application.port.in.RegisterEndpointUseCase;
import com.roleready.notification.application.port.in.UpdateEndpointUseCase;
import com.roleready.notification.application.port.out.EndpointAddressPolicy;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A user's collection of endpoints, each with its own URL, secret, filter and retry policy. */
public class EndpointService implements RegisterEndpointUseCase, UpdateEndpointUseCase, DeleteEndpointUseCase,
        ListEndpointsUseCase, RegenerateSecretUseCase {

    private final LoadEndpointsPort loadEndpoints;
    private final OwnedEndpoints owned;
    private final EndpointStore store;
    private final EndpointAddressPolicy addressPolicy;
    private final NotificationContext context;

    public EndpointService(LoadEndpointsPort loadEndpoints, OwnedEndpoints owned, EndpointStore store,
                           EndpointAddressPolicy addressPolicy, NotificationContext context) {
        this.loadEndpoints = loadEndpoints;
        this.owned = owned;
        this.store = store;
        this.addressPolicy = addressPolicy;
        this.context = context;
    }

    @Override
    public ConfiguredEndpoint register(RegisterEndpointCommand command) {
        addressPolicy.requireAllowed(command.url());
        WebhookSecret secret = context.newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.register(command.userId(), command.url(), command.enabled(),
                command.filter(), command.retryPolicy(), secret, context.now());
        context.unitOfWork().inTransaction(() -> store.save(endpoint));
        return new ConfiguredEndpoint(endpoint, secret.reveal());
    }

    @Override
    public ConfiguredEndpoint update(UUID endpointId, RegisterEndpointCommand command) {
        addressPolicy.requireAllowed(command.url());
        WebhookEndpoint endpoint = owned.named(command.userId(), endpointId);
        endpoint.reconfigure(command.url(), command.enabled(), command.filter(), context.now());
        endpoint.changeRetryPolicy(command.retryPolicy(), context.now());
        context.unitOfWork().inTransaction(() -> store.saveChanged(endpoint));
        return ConfiguredEndpoint.withoutSecret(endpoint);
    }

    @Override
    public void delete(String userId, UUID endpointId) {
        WebhookEndpoint endpoint = owned.named(userId, endpointId);
        context.unitOfWork().inTransaction(() -> store.delete(endpoint, context.now()));
    }

    @Override
    public List<WebhookEndpoint> endpointsOf(String userId) {
        return context.unitOfWork().inTransaction(() -> loadEndpoints.loadAllOf(userId));
    }

    @Override
    public WebhookEndpoint endpointOf(String userId, UUID endpointId) {
        return owned.named(userId, endpointId);
    }

    @Override
    public ConfiguredEndpoint regenerate(String userId, Optional<UUID> endpointId) {
        WebhookEndpoint endpoint = owned.primaryOrNamed(userId, endpointId);
        WebhookSecret secret = context.newSecret();
        endpoint.rotateSecret(secret, context.now(), context.settings().secretOverlap());
        context.unitOfWork().inTransaction(() -> store.saveChanged(endpoint));
        return new ConfiguredEndpoint(endpoint, secret.reveal());
    }
}
