package com.roleready.experimentation.adapter.rest;

import com.roleready.experimentation.application.port.in.ExperimentationOverview;
import com.roleready.experimentation.application.port.in.ExperimentationOverview.OperationOverview;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dashboard: one line per operation, each listed even before it has variants. */
@Schema(name = "ExperimentationStats")
@JsonbPropertyOrder({"operations", "totalResults"})
public record StatsResponse(List<Line> operations, long totalResults) {

    @Schema(name = "OperationStats")
    @JsonbNillable
    @JsonbPropertyOrder({"operation", "variants", "activeVariants", "archivedVariants", "control", "results",
            "successRate"})
    public record Line(String operation,
                       @Schema(description = "Variants that are not archived") int variants, int activeVariants,
                       int archivedVariants,
                       @Schema(description = "The control's label; null before the first variant")
                       String control,
                       long results, @Schema(description = "0..1; 0 without results") Double successRate) {
    }

    static StatsResponse of(ExperimentationOverview overview) {
        return new StatsResponse(overview.operations().stream().map(StatsResponse::line).toList(),
                overview.totalResults());
    }

    private static Line line(OperationOverview o) {
        return new Line(o.operation().wireName(), o.variants(), o.activeVariants(), o.archivedVariants(), o.control(),
                o.results(), Finite.orNull(o.successRate()));
    }
}
