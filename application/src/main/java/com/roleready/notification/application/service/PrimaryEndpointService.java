package com.roleready.notification.application.service;

import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointCommand;
import com.roleready.notification.application.port.in.ConfigurePrimaryEndpointUseCase;
import com.roleready.notification.application.port.in.RemovePrimaryEndpointUseCase;
import com.roleready.notification.application.port.in.ViewPrimaryEndpointUseCase;
import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.domain.WebhookEndpoint;
import com.roleready.shared.application.NotFoundException;
import com.roleready.shared.application.UnitOfWork;
import java.time.Clock;
import java.util.Optional;

/** The original one-endpoint-per-user API, mapped onto the user's primary endpoint. */
public class PrimaryEndpointService
        implements ConfigurePrimaryEndpointUseCase, ViewPrimaryEndpointUseCase, RemovePrimaryEndpointUseCase {

    private final LoadEndpointsPort loadEndpoints;
    private final SaveEndpointPort saveEndpoint;
    private final DeleteEndpointPort deleteEndpoint;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PrimaryEndpointService(LoadEndpointsPort loadEndpoints, SaveEndpointPort saveEndpoint,
                                  DeleteEndpointPort deleteEndpoint, UnitOfWork unitOfWork, Clock clock) {
        this.loadEndpoints = loadEndpoints;
        this.saveEndpoint = saveEndpoint;
        this.deleteEndpoint = deleteEndpoint;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public WebhookEndpoint configure(ConfigurePrimaryEndpointCommand command) {
        return unitOfWork.inTransaction(() -> {
            WebhookEndpoint endpoint = loadEndpoints.loadPrimary(command.userId())
                    .map(existing -> reconfigured(existing, command))
                    .orElseGet(() -> WebhookEndpoint.registerPrimary(command.userId(), command.url(),
                            command.enabled(), command.filter(), clock.instant()));
            saveEndpoint.save(endpoint);
            return endpoint;
        });
    }

    @Override
    public Optional<WebhookEndpoint> primaryEndpointOf(String userId) {
        return unitOfWork.inTransaction(() -> loadEndpoints.loadPrimary(userId));
    }

    @Override
    public void removePrimaryEndpoint(String userId) {
        // "Nothing to remove" is an answer, not a failure of the transaction: decide inside, throw outside.
        boolean removed = unitOfWork.inTransaction(() -> loadEndpoints.loadPrimary(userId)
                .map(endpoint -> {
                    deleteEndpoint.delete(endpoint.id());
                    return true;
                })
                .orElse(false));
        if (!removed) {
            throw new NotFoundException("no webhook is configured for this user");
        }
    }

    private WebhookEndpoint reconfigured(WebhookEndpoint existing, ConfigurePrimaryEndpointCommand command) {
        existing.reconfigure(command.url(), command.enabled(), command.filter(), clock.instant());
        return existing;
    }
}
