package com.roleready.deployment;

import com.roleready.notification.application.port.out.ClaimDueDeliveriesPort;
import com.roleready.notification.application.port.out.DeleteEndpointPort;
import com.roleready.notification.application.port.out.DeliveryMetricsPort;
import com.roleready.notification.application.port.out.DeliveryStatsPort;
import com.roleready.notification.application.port.out.DeliveryHandOffPort;
import com.roleready.notification.application.port.out.DeliveryWakeUpPort;
import com.roleready.notification.application.port.out.EndpointAddressPolicy;
import com.roleready.notification.application.port.out.FindPublishedEventPort;
import com.roleready.notification.application.port.out.LoadDeliveriesPort;
import com.roleready.notification.application.port.out.LoadEndpointsPort;
import com.roleready.notification.application.port.out.SaveDeliveryPort;
import com.roleready.notification.application.port.out.SaveEndpointPort;
import com.roleready.notification.application.port.out.SaveEventPort;
import com.roleready.notification.application.port.out.SendWebhookPort;
import com.roleready.notification.application.port.out.SignWebhookPort;
import com.roleready.notification.application.service.DeliveryLogService;
import com.roleready.notification.application.service.DispatchService;
import com.roleready.notification.application.service.EndpointService;
import com.roleready.notification.application.service.EndpointStore;
import com.roleready.notification.application.service.NotificationContext;
import com.roleready.notification.application.service.OwnedEndpoints;
import com.roleready.notification.application.service.PrimaryEndpointService;
import com.roleready.notification.application.service.PublishEventService;
import com.roleready.notification.application.service.TestSendService;
import com.roleready.shared.application.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Wires the notification context's plain-Java services to their adapters. Adapters are injected
 * by the port they implement; a producer's bean types include every interface of what it
 * returns, so each service is injectable by the use cases (inbound ports) it implements.
 */
@ApplicationScoped
public class NotificationWiring {

    @Produces
    @Singleton
    NotificationContext context(UnitOfWork unitOfWork, Clock clock, Config config) {
        var settings = new NotificationContext.DeliverySettings(
                Duration.ofSeconds(config.getOptionalValue("signals.delivery.retry-after-cap-seconds", Long.class)
                        .orElse(600L)),
                Duration.ofHours(config.getOptionalValue("signals.secret-rotation-overlap-hours", Long.class)
                        .orElse(24L)),
                Duration.ofSeconds(config.getOptionalValue("signals.dispatcher.lease-seconds", Long.class).orElse(60L)),
                config.getOptionalValue("signals.dispatcher.claim-batch-size", Integer.class).orElse(50));
        return new NotificationContext(unitOfWork, clock, new SecureRandom(), settings);
    }

    @Produces
    @Singleton
    EndpointStore endpointStore(SaveEndpointPort save, DeleteEndpointPort delete, SaveDeliveryPort deliveries) {
        return new EndpointStore(save, delete, deliveries);
    }

    @Produces
    @Singleton
    OwnedEndpoints ownedEndpoints(LoadEndpointsPort load, UnitOfWork unitOfWork) {
        return new OwnedEndpoints(load, unitOfWork);
    }

    @Produces
    @Singleton
    PrimaryEndpointService primaryEndpointService(LoadEndpointsPort load, EndpointStore store,
                                                  EndpointAddressPolicy policy, NotificationContext context) {
        return new PrimaryEndpointService(load, store, policy, context);
    }

    @Produces
    @Singleton
    EndpointService endpointService(LoadEndpointsPort load, OwnedEndpoints owned, EndpointStore store,
                                    EndpointAddressPolicy policy, NotificationContext context) {
        return new EndpointService(load, owned, store, policy, context);
    }

    @Produces
    @Singleton
    PublishEventService publishEventService(LoadEndpointsPort load, FindPublishedEventPort find, SaveEventPort events,
                                            DeliveryWakeUpPort wakeUp, DeliveryHandOffPort handOff,
                                            NotificationContext context) {
        return new PublishEventService(load, find, events, wakeUp, handOff, context);
    }

    @Produces
    @Singleton
    DispatchService dispatchService(ClaimDueDeliveriesPort claims, LoadEndpointsPort load, EndpointStore store,
                                    SendWebhookPort transport, SignWebhookPort signer, DeliveryMetricsPort metrics,
                                    NotificationContext context) {
        return new DispatchService(claims, load, store, transport, signer, metrics, context);
    }

    @Produces
    @Singleton
    TestSendService testSendService(OwnedEndpoints owned, SaveEventPort events, SaveDeliveryPort deliveries,
                                    SendWebhookPort transport, SignWebhookPort signer, DeliveryMetricsPort metrics,
                                    NotificationContext context) {
        return new TestSendService(owned, events, deliveries, transport, signer, metrics, context);
    }

    @Produces
    @Singleton
    DeliveryLogService deliveryLogService(LoadDeliveriesPort load, SaveDeliveryPort save, DeliveryStatsPort stats,
                                          DeliveryWakeUpPort wakeUp, NotificationContext context) {
        return new DeliveryLogService(load, save, stats, wakeUp, context);
    }
}
