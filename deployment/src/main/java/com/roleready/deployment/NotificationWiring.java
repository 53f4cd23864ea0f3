package com.roleready.deployment;

import com.roleready.notification.adapter.persistence.EndpointPersistenceAdapter;
import com.roleready.notification.application.service.PrimaryEndpointService;
import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires the notification context's plain-Java services to their adapters. A producer's bean
 * types include every interface of what it returns, so each service is injectable by the use
 * cases (inbound ports) it implements.
 */
@ApplicationScoped
public class NotificationWiring {

    @Produces
    @Singleton
    PrimaryEndpointService primaryEndpointService(EndpointPersistenceAdapter endpoints, UnitOfWork unitOfWork,
                                                  Clock clock) {
        return new PrimaryEndpointService(endpoints, endpoints, endpoints, unitOfWork, clock);
    }
}
