package com.roleready.notification.adapter.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents the body of POST /api/webhooks/config (read strictly by JsonRequest); names as in the original API. */
@Schema(name = "WebhookConfigRequest")
public class WebhookConfigRequest {

    @Schema(required = true, example = "https://hooks.example.com/roleready")
    public String url;

    @Schema(description = "Defaults to true", example = "true")
    public Boolean enabled;

    @Schema(description = "Event types to receive; defaults to all of them",
            example = "[\"resume.parsed\", \"tailoring.completed\"]")
    public List<String> enabledEvents;
}
