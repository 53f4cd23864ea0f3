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
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an operator checks first: which version runs, since when, and how security is configured. */
@Path("/admin/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
@Tag(name = "Admin", description = "Operator views (admin only)")
public class AdminStatusResource {

    private static final String VERSION = readVersion();

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
        return new StatusResponse(VERSION, Instant.ofEpochMilli(runtime.getStartTime()),
                runtime.getUptime() / 1000, jwtSettings.issuer(), jwtSettings.usesDevelopmentKey(),
                adminUsers.size(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }

    /** The build's version, written into the jar by Maven resource filtering. */
    private static String readVersion() {
        try (InputStream in = AdminStatusResource.class.getResourceAsStream("/META-INF/roleready-signals.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
