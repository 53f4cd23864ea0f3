package com.roleready.shared.adapter.rest;

import com.roleready.shared.adapter.rest.security.Caller;
import com.roleready.shared.adapter.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity", description = "Who the bearer token says you are")
public class MeResource {

    @Inject
    CurrentCaller currentCaller;

    public record MeResponse(String id, String email, List<String> groups, boolean admin) {
    }

    @GET
    @Operation(summary = "The caller's id, email, groups and whether they are an admin")
    public MeResponse me() {
        Caller caller = currentCaller.get();
        return new MeResponse(caller.id(), caller.email(), caller.groups().stream().sorted().toList(), caller.admin());
    }
}
