package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.AssignVariantCommand;
import com.roleready.experimentation.application.port.in.AssignVariantUseCase;
import com.roleready.experimentation.application.port.in.Assignment;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's AI services ask which prompt variant to use for a call. */
@Path("/ab-testing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole({Role.SERVICE, Role.ADMIN})
@Tag(name = "A/B testing")
public class AssignmentsResource {

    @Inject
    AssignVariantUseCase assign;

    @Schema(name = "AssignmentRequest")
    public static class AssignmentRequest {
        @Schema(required = true, enumeration = {"tailoring", "ats_analysis", "content_generation", "skill_extraction"})
        public String operation;
        @Schema(required = true, example = "alice")
        public String userId;
        @Schema(required = true, enumeration = {"random", "weighted", "round_robin", "user_hash"},
                description = "random: by static weight; weighted: a bandit, more traffic to better performers; "
                        + "round_robin: exact rotation; user_hash: the same user always gets the same variant")
        public String strategy;
    }

    @Schema(name = "Assignment")
    @JsonbPropertyOrder({"variantId", "variant", "name", "prompt"})
    public record AssignmentResponse(@Schema(description = "Report the result with this id") String variantId,
                                     @Schema(description = "The label") String variant, String name, String prompt) {
    }

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Which variant to use for this call "
            + "(service or admin role)")
    @APIResponse(responseCode = "200", description = "The variant and its prompt")
    @APIResponse(responseCode = "400", description = "Invalid field (see field)")
    @APIResponse(responseCode = "404", description = "The operation has no active variant")
    public AssignmentResponse assign(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = AssignmentRequest.class))) JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        Assignment a = assign.assign(AssignVariantCommand.of(request.string("operation"), request.string("userId"),
                request.string("strategy")));
        return new AssignmentResponse(a.variantId().toString(), a.variant(), a.name(), a.prompt());
    }
}
