package com.roleready.shared.adapter.rest.problem;

import com.roleready.notification.domain.DeliveryStateConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ConflictExceptionMapper implements ExceptionMapper<DeliveryStateConflictException> {

    @Override
    public Response toResponse(DeliveryStateConflictException e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage()).toResponse();
    }
}
