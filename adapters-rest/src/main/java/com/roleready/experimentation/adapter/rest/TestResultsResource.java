package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.RecordTestResultCommand;
import com.roleready.experimentation.application.port.in.RecordTestResultUseCase;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import com.roleready.shared.domain.DomainValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform's AI services report how a call with an assigned variant went. The class shares the
 * root path of the admin resources on purpose: JAX-RS picks root classes by the longest matching
 * path, so a class on "/ab-testing/results" would hide GET /ab-testing/results/{operation}.
 */
@Path("/ab-testing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.SERVICE, Role.ADMIN})
@Tag(name = "A/B testing")
public class TestResultsResource {

    @Inject
    RecordTestResultUseCase record;

    @Schema(name = "TestResultRequest")
    public static class TestResultRequest {
        @Schema(required = true, example = "alice")
        public String userId;
        @Schema(required = true, description = "From the assignment")
        public String variantId;
        @Schema(required = true, enumeration = {"tailoring", "ats_analysis", "content_generation", "skill_extraction"})
        public String operation;
        @Schema(description = "The variant's label; when sent it must match variantId", example = "B")
        public String variant;
        @Schema(description = "The call's input, any JSON value. Only its SHA-256 (of the RFC 8785 canonical JSON) "
                + "is kept, never the input itself")
        public Object input;
        @Schema(required = true)
        public Boolean success;
        @Schema(required = true, description = "Whole milliseconds, 0 to 86400000")
        public Long durationMs;
        @Schema(required = true, description = "0 or more")
        public Long tokensUsed;
        @Schema(required = true, description = "0 to 10000")
        public Double costUsd;
        @Schema(description = "0 to 100")
        public Double qualityScore;
        @Schema(description = "A JSON object of at most 16 KiB, stored as is")
        public Map<String, Object> outputMetrics;
    }

    @Schema(name = "RecordedTestResult")
    @JsonbNillable
    @JsonbPropertyOrder({"id", "recordedAt", "inputHash"})
    public record RecordedResponse(String id, Instant recordedAt,
                                   @Schema(description = "SHA-256 hex of the canonical input; null "
                                           + "without input") String inputHash) {
    }

    @POST
    @Path("/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Record the outcome of a call "
            + "(service or admin role)")
    @APIResponse(responseCode = "201", description = "Stored and counted in its variant's totals")
    @APIResponse(responseCode = "400", description = "Invalid field (see field), e.g. a variantId of another "
            + "operation or an archived variant; nothing is stored")
    public Response record(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = TestResultRequest.class))) JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        JsonObject outputMetrics = request.object("outputMetrics");
        TestResult stored = record.record(RecordTestResultCommand.of(request.string("userId"),
                request.string("variantId"), request.string("operation"), request.string("variant"),
                request.bool("success"), decimal(request, "qualityScore"), whole(request, "durationMs"),
                whole(request, "tokensUsed"), decimal(request, "costUsd"),
                InputFingerprint.of(request.raw().get("input")),
                outputMetrics == null ? null : outputMetrics.toString()));
        return Response.status(Response.Status.CREATED)
                .entity(new RecordedResponse(stored.id().toString(), stored.recordedAt(), stored.inputHash())).build();
    }

    private static Double decimal(JsonRequest request, String field) {
        return request.number(field).map(JsonNumber::doubleValue).orElse(null);
    }

    /** 1500, 1500.0 and 1.5e3 are the same whole number; 1500.5 is not one. */
    private static Long whole(JsonRequest request, String field) {
        return request.number(field).map(number -> {
            try {
                return number.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                throw new DomainValidationException(field, field + " must be a whole number");
            }
        }).orElse(null);
    }
}
