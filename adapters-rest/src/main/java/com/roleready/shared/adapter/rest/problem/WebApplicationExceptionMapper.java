package com.roleready.shared.adapter.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, wrong method, unreadable body, ...) as problem+json,
 * keeping their status. An unreadable JSON body is reported as a malformed request.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyException refused) {
                return refused.getResponse(); // already a problem naming the body
            }
        }
        int status = e.getResponse().getStatus();
        if (status == 400 && isJsonProblem(e)) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "the request body is not valid JSON for this operation")
                    .toResponse();
        }
        ProblemType type = ProblemType.forStatus(status);
        Response problem = Problem.of(type, detailFor(type)).toResponse();
        return Response.fromResponse(problem).status(status).build();
    }

    private static boolean isJsonProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return true;
            }
        }
        return false;
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "no resource at this path";
            case METHOD_NOT_ALLOWED -> "this path does not support the HTTP method used";
            case UNSUPPORTED_MEDIA_TYPE -> "send the request body as application/json";
            case NOT_ACCEPTABLE -> "this resource answers with application/json only";
            case UNAUTHENTICATED -> "send a valid bearer token in the Authorization header";
            case FORBIDDEN -> "your token does not grant access to this operation";
            default -> "the request could not be processed";
        };
    }
}
