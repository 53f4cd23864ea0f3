package com.roleready.shared.adapter.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that JSON-B cannot bind (malformed JSON, wrong types) is the client's fault: 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return Problem.of(ProblemType.MALFORMED_REQUEST, "the request body is not valid JSON for this operation")
                .toResponse();
    }
}
