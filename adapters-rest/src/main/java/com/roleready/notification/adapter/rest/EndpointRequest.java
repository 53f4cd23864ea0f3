package com.roleready.notification.adapter.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the body of POST/PUT /api/webhooks/endpoints (read strictly by JsonRequest). */
@Schema(name = "WebhookEndpointRequest")
public class EndpointRequest {

    @Schema(required = true, example = "https://hooks.example.com/roleready")
    public String url;

    @Schema(description = "Defaults to true")
    public Boolean enabled;

    @Schema(description = "Event types to receive; defaults to all", example = "[\"resume.parsed\"]")
    public List<String> enabledEvents;

    @Schema(description = "Waits before each retry, in seconds; defaults to [1, 5, 15]; at most 10 retries",
            example = "[1, 5, 15]")
    public List<Long> retryDelaysSeconds;
}
