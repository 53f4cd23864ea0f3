package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.shared.domain.Require;
import java.util.List;

/** Create or replace the caller's primary endpoint (the original single "webhook config"). */
public record ConfigurePrimaryEndpointCommand(String userId, EndpointUrl url, boolean enabled, EventFilter filter) {

    public ConfigurePrimaryEndpointCommand {
        Require.notBlank(userId, "userId");
        Require.present(url, EndpointUrl.FIELD);
        Require.present(filter, EventFilter.FIELD);
    }

    /**
     * From raw request values: a missing {@code enabled} means enabled, a missing
     * {@code enabledEvents} means every event type.
     */
    public static ConfigurePrimaryEndpointCommand of(String userId, String url, Boolean enabled,
                                                     List<String> enabledEvents) {
        EventFilter filter = enabledEvents == null ? EventFilter.all() : EventFilter.ofWireNames(enabledEvents);
        return new ConfigurePrimaryEndpointCommand(userId, new EndpointUrl(url), enabled == null || enabled, filter);
    }
}
