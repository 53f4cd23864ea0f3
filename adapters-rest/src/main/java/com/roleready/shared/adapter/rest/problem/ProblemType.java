package com.roleready.shared.adapter.rest.problem;

/** The kinds of problem this API reports; each has a stable type URI, title and status. */
public enum ProblemType {
    VALIDATION("validation-error", "Invalid request", 400),
    MALFORMED_REQUEST("malformed-request", "Malformed request body", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    INTERNAL("internal-error", "Internal server error", 500);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem type for an HTTP status the container or JAX-RS produced on its own. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
