package com.roleready.shared.adapter.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: anything unmapped becomes a 500 problem with a reference the operator can find in
 * the log. The exception text is never sent to the client (it may hold internals).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error, reference " + reference, e);
        return Problem.of(ProblemType.INTERNAL, "an unexpected error occurred; reference " + reference).toResponse();
    }
}
