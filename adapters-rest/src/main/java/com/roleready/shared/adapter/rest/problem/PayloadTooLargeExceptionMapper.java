package com.roleready.shared.adapter.rest.problem;

import com.roleready.notification.domain.PayloadTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class PayloadTooLargeExceptionMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return Problem.ofField(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), e.field()).toResponse();
    }
}
