package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointUseCase;
import com.roleready.notification.application.port.in.ConfiguredEndpoint;
import com.roleready.notification.application.port.in.RemovePrimaryEndpointUseCase;
import com.roleready.notification.application.port.in.ViewPrimaryEndpointUseCase;
import com.roleready.notification.application.port.out.EndpointAddressPolicy;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.notification.domain.WebhookSecret;
import com.roleready.shared.application.NotFoundException;
import java.util.Optional;

/** The original one-endpoint-per-user API, mapped onto the user's primary endpoint. */
public class PrimaryEndpointService
        implements ConfigurePrimaryEndpointUseCase, ViewPrimaryEndpointUseCase, RemovePrimaryEndpointUseCase {

    private final LoadEndpointsPort loadEndpoints;
    private final EndpointStore store;
    private final EndpointAddressPolicy addressPolicy;
    private final NotificationContext context;

    public PrimaryEndpointService(LoadEndpointsPort loadEndpoints, EndpointStore store,
                                  EndpointAddressPolicy addressPolicy, NotificationContext context) {
        this.loadEndpoints = loadEndpoints;
        this.store = store;
        this.addressPolicy = addressPolicy;
        this.context = context;
    }

    @Override
    public ConfiguredEndpoint configure(ConfigurePrimaryEndpointCommand command) {
        addressPolicy.requireAllowed(command.url());
        return context.unitOfWork().inTransaction(() -> loadEndpoints.loadPrimary(command.userId())
                .map(existing -> reconfigure(existing, command))
                .orElseGet(() -> create(command)));
    }

    @Override
    public Optional<WebhookEndpoint> primaryEndpointOf(String userId) {
        return context.unitOfWork().inTransaction(() -> loadEndpoints.loadPrimary(userId));
    }

    @Override
    public void removePrimaryEndpoint(String userId) {
        // "Nothing to remove" is an answer, not a failure of the transaction: decide inside, throw outside.
        boolean removed = context.unitOfWork().inTransaction(() -> loadEndpoints.loadPrimary(userId)
                .map(endpoint -> {
                    store.delete(endpoint, context.now());
                    return true;
                })
                .orElse(false));
        if (!removed) {
            throw new NotFoundException("no webhook is configured for this user");
        }
    }

    private ConfiguredEndpoint create(ConfigurePrimaryEndpointCommand command) {
        WebhookSecret secret = context.newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.registerPrimary(command.userId(), command.url(), command.enabled(),
                command.filter(), secret, context.now());
        store.save(endpoint);
        return new ConfiguredEndpoint(endpoint, secret.reveal());
    }

    private ConfiguredEndpoint reconfigure(WebhookEndpoint existing, ConfigurePrimaryEndpointCommand command) {
        existing.reconfigure(command.url(), command.enabled(), command.filter(), context.now());
        store.saveChanged(existing);
        return ConfiguredEndpoint.withoutSecret(existing);
    }
}
