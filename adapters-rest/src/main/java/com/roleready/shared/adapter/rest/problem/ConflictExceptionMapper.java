package com.roleready.shared.adapter.rest.problem;

import com.roleready.shared.domain.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every rule that forbids an action in the current state, in either context, is a 409. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage()).toResponse();
    }
}
