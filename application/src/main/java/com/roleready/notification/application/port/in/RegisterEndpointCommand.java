package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.EndpointUrl;
import com.roleready.notification.domain.EventFilter;
import com.roleready.notification.domain.RetryPolicy;
import com.roleready.shared.domain.Require;
import java.util.List;

/** Register a further endpoint, or (with the same fields) replace an endpoint's settings. */
public record RegisterEndpointCommand(String userId, EndpointUrl url, boolean enabled, EventFilter filter,
                                      RetryPolicy retryPolicy) {

    public RegisterEndpointCommand {
        Require.notBlank(userId, "userId");
        Require.present(url, EndpointUrl.FIELD);
        Require.present(filter, EventFilter.FIELD);
        Require.present(retryPolicy, RetryPolicy.FIELD);
    }

    /** Missing enabled means enabled, missing events means all, missing delays means the default policy. */
    public static RegisterEndpointCommand of(String userId, String url, Boolean enabled, List<String> events,
                                             List<Long> retryDelaysSeconds) {
        return new RegisterEndpointCommand(userId, new EndpointUrl(url), enabled == null || enabled,
                events == null ? EventFilter.all() : EventFilter.ofWireNames(events),
                retryDelaysSeconds == null ? RetryPolicy.DEFAULT : RetryPolicy.ofSeconds(retryDelaysSeconds));
    }
}
