package com.roleready.shared.adapter.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code field} names the offending input for validation errors and
 * is left out otherwise.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field"})
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://roleready.com/problems/";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null);
    }

    public static Problem ofField(ProblemType type, String detail, String field) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, field);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
