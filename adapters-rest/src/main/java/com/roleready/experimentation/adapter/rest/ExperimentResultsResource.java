package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.DecideWinnerUseCase;
import com.roleready.experimentation.application.port.in.ViewExperimentResultsUseCase;
import com.roleready.experimentation.application.port.in.ViewExperimentationOverviewUseCase;
import com.roleready.experimentation.application.port.in.WinnerQuery;
import com.roleready.experimentation.application.service.ExperimentationContext.ExperimentSettings;
import com.roleready.experimentation.domain.Operation;
import com.roleready.shared.adapter.rest.problem.QueryParams;
import com.roleready.shared.adapter.rest.security.RequiresRole;
import com.roleready.shared.adapter.rest.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the experiments show: figures per variant, the winner question, and the dashboard. */
@Path("/ab-testing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
@Tag(name = "A/B testing")
public class ExperimentResultsResource {

    @Inject
    ViewExperimentResultsUseCase results;

    @Inject
    DecideWinnerUseCase winner;

    @Inject
    ViewExperimentationOverviewUseCase overview;

    /** Only for the configured default of minTests (signals.experiments.min-tests). */
    @Inject
    ExperimentSettings settings;

    @GET
    @Path("/results/{operation}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Every variant's figures and each variant "
            + "against the control", description = "Archived variants with results are included. Read from running "
            + "totals, so the cost does not grow with the number of results.")
    @APIResponse(responseCode = "400", description = "Unknown operation")
    public ResultsResponse results(@Parameter(description = "tailoring, ats_analysis, content_generation or "
            + "skill_extraction") @PathParam("operation") String operation) {
        return ResultsResponse.of(results.results(Operation.fromWireName(operation, "operation")));
    }

    @GET
    @Path("/winner/{operation}")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Is there a statistically sound winner?",
            description = "declared is true only when the leader beats the control significantly (alpha corrected "
                    + "for several variants, valid under repeated looks); otherwise reason says why.")
    @APIResponse(responseCode = "400", description = "Unknown operation or minTests out of range")
    public WinnerResponse winner(@Parameter(description = "tailoring, ats_analysis, content_generation or "
            + "skill_extraction") @PathParam("operation") String operation,
                                 @Parameter(description = "Results each variant needs, 1 to 1000000; defaults to "
                                         + "signals.experiments.min-tests (30)") @QueryParam("minTests")
                                 String minTests) {
        Operation op = Operation.fromWireName(operation, "operation");
        int required = QueryParams.integer("minTests", minTests, settings.defaultMinTests(),
                Integer.MIN_VALUE, Integer.MAX_VALUE) /* the range is the domain's */;
        return WinnerResponse.of(winner.decide(new WinnerQuery(op, required)));
    }

    @GET
    @Path("/stats")
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "One line per operation: variants, control, "
            + "results and success rate")
    public StatsResponse stats() {
        return StatsResponse.of(overview.overview());
    }
}
