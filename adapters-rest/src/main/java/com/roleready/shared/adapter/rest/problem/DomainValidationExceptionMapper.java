package com.roleready.shared.adapter.rest.problem;

import com.roleready.shared.domain.DomainValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class DomainValidationExceptionMapper implements ExceptionMapper<DomainValidationException> {

    @Override
    public Response toResponse(DomainValidationException e) {
        return Problem.ofField(ProblemType.VALIDATION, e.getMessage(), e.field()).toResponse();
    }
}
