package com.roleready.shared.adapter.rest;

import com.roleready.shared.adapter.rest.security.AdminUsers;
import com.roleready.shared.adapter.rest.security.JwtVerificationSettings;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an operator checks first: which version runs, since when, and how security is configured. */
@Path("/admin/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
@Tag(name = "Admin", description = "Operator views (admin only)")
public class AdminStatusResource {

    @Inject
    JwtVerificationSettings jwtSettings;

    @Inject
    AdminUsers adminUsers;

    public record StatusResponse(String version, Instant startedAt, long uptimeSeconds, String jwtIssuer,
                                 boolean developmentJwtKey, int adminEmailsConfigured, int availableProcessors,
                                 long maxHeapBytes) {
    }

    @GET
    @Operation(summary = "Service version, uptime and security configuration (admin only)")
    public StatusResponse status() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        String version = AdminStatusResource.class.getPackage().getImplementationVersion();
        return new StatusResponse(version == null ? "development" : version, Instant.ofEpochMilli(runtime.getStartTime()),
                runtime.getUptime() / 1000, jwtSettings.issuer(), jwtSettings.usesDevelopmentKey(),
                adminUsers.size(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }
}
