package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.CreateVariantCommand;
import com.roleready.experimentation.application.port.in.CreateVariantUseCase;
import com.roleready.experimentation.application.port.in.DeleteVariantUseCase;
import com.roleready.experimentation.application.port.in.ListVariantsUseCase;
import com.roleready.experimentation.application.port.in.PromoteVariantUseCase;
import com.roleready.experimentation.application.port.in.UpdateVariantCommand;
import com.roleready.experimentation.application.port.in.UpdateVariantUseCase;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.shared.adapter.rest.problem.JsonRequest;
import com.roleready.shared.adapter.rest.problem.QueryParams;
import com.roleready.shared.adapter.rest.security.CurrentCaller;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins manage the prompt variants of each AI operation and promote a new control. */
@Path("/ab-testing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
@Tag(name = "A/B testing", description = "Prompt variants, results and winners (admin only, except assignments "
        + "and result recording)")
public class VariantsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ListVariantsUseCase list;

    @Inject
    CreateVariantUseCase create;

    @Inject
    UpdateVariantUseCase update;

    @Inject
    DeleteVariantUseCase delete;

    @Inject
    PromoteVariantUseCase promote;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/variants")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Variants, control first per operation")
    @APIResponse(responseCode = "400", description = "Unknown operation or includeArchived not true/false")
    public List<VariantResponse> list(
            @Parameter(description = "Only this operation") @QueryParam("operation") String operation,
            @Parameter(description = "Also archived variants (default false)") @QueryParam("includeArchived")
            String includeArchived) {
        Operation only = operation == null ? null : Operation.fromWireName(operation, "operation");
        return list.list(only, QueryParams.bool("includeArchived", includeArchived))
                .stream().map(VariantResponse::of).toList();
    }

    @GET
    @Path("/variants/{id}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "One variant (archived ones too)")
    @APIResponse(responseCode = "404", description = "No such variant")
    public VariantResponse get(@PathParam("id") UUID id) {
        return VariantResponse.of(list.get(id));
    }

    @POST
    @Path("/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Add a variant",
            description = "The first variant of an operation becomes its control.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid field (see field)")
    @APIResponse(responseCode = "409", description = "The label is taken, or a second control was asked for")
    public Response create(@RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = VariantRequest.class))) JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        PromptVariant created = create.create(CreateVariantCommand.of(request.string("operation"),
                request.string("variant"), request.string("name"), request.string("prompt"),
                request.bool("isActive"), request.bool("isControl"), weight(request), caller.id()));
        return Response.created(uriInfo.getBaseUriBuilder().path("ab-testing/variants/{id}").build(created.id()))
                .entity(VariantResponse.of(created)).build();
    }

    @PUT
    @Path("/variants/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Change a variant",
            description = "Send only what changes: absent fields keep their value. The operation cannot change; "
                    + "the control role moves only by promotion.")
    @APIResponse(responseCode = "400", description = "Invalid field (see field)")
    @APIResponse(responseCode = "404", description = "No such variant")
    @APIResponse(responseCode = "409", description = "Label taken, variant archived, control deactivated or "
            + "isControl changed")
    public VariantResponse update(@PathParam("id") UUID id, @RequestBody(required = true,
            content = @Content(schema = @Schema(implementation = VariantRequest.class))) JsonValue body) {
        JsonRequest request = JsonRequest.of(body);
        return VariantResponse.of(update.update(new UpdateVariantCommand(id, request.string("operation"),
                request.string("variant"), request.string("name"), request.string("prompt"),
                request.bool("isActive"), request.bool("isControl"), weight(request), caller.id())));
    }

    @DELETE
    @Path("/variants/{id}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Delete a variant, or archive it if it has "
            + "results", description = "A variant with results is archived instead, so its results are never lost: "
            + "the answer is then 200 with the archived variant. The control cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted (it had no results)")
    @APIResponse(responseCode = "200", description = "Archived (it has results); the body is the archived variant",
            content = @Content(schema = @Schema(implementation = VariantResponse.class)))
    @APIResponse(responseCode = "404", description = "No such variant")
    @APIResponse(responseCode = "409", description = "It is the control; promote another variant first")
    public Response remove(@PathParam("id") UUID id) {
        Experiment.Removal removal = delete.delete(id, caller.id());
        if (removal == Experiment.Removal.DELETED) {
            return Response.noContent().build();
        }
        return Response.ok(VariantResponse.of(list.get(id))).build();
    }

    @POST
    @Path("/promote/{id}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Make a variant the control",
            description = "The old control is demoted in the same transaction. Promoting the control changes nothing.")
    @APIResponse(responseCode = "200", description = "The new control")
    @APIResponse(responseCode = "404", description = "No such variant")
    @APIResponse(responseCode = "409", description = "The variant is inactive or archived")
    public VariantResponse promote(@PathParam("id") UUID id) {
        return VariantResponse.of(promote.promote(id, caller.id()));
    }

    private static Double weight(JsonRequest request) {
        return request.number("weight").map(JsonNumber::doubleValue).orElse(null);
    }
}
