package com.roleready.experimentation.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.roleready.experimentation.application.port.in.ExperimentResults;
import com.roleready.experimentation.application.port.in.ExperimentResults.MetricComparison;
import com.roleready.experimentation.application.port.in.ExperimentResults.SampleRatioCheck;
import com.roleready.experimentation.application.port.in.ExperimentResults.VariantComparison;
import com.roleready.experimentation.application.port.in.ExperimentResults.VariantResults;
import com.roleready.experimentation.application.port.in.WinnerDecision;
import com.roleready.experimentation.application.port.in.WinnerDecision.Contender;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.VariantDraft;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The JSON the API answers with, written by Yasson (the JSON-B implementation Liberty uses). */
class ResponseJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    private static JsonObject write(Object response) {
        try (var reader = Json.createReader(new StringReader(JSONB.toJson(response)))) {
            return reader.readObject();
        }
    }

    @Test
    void aVariantCarriesTheCamelCaseFieldsOfTheApi() {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        PromptVariant variant = PromptVariant.rehydrate(ID, new VariantDraft(Operation.ATS_ANALYSIS, "B", "Shorter",
                "Be brief.", true, 2.0), false, false, at, "root", at.plusSeconds(5), "ops");

        JsonObject json = write(VariantResponse.of(variant));

        assertThat(json.keySet()).containsExactly("id", "name", "operation", "variant", "prompt", "isActive",
                "isControl", "weight", "archived", "createdAt", "createdBy", "updatedAt", "updatedBy");
        assertThat(json.getString("operation")).isEqualTo("ats_analysis");
        assertThat(json.getString("variant")).isEqualTo("B");
        assertThat(json.getBoolean("isActive")).isTrue();
        assertThat(json.getBoolean("isControl")).isFalse();
        assertThat(json.getJsonNumber("weight").doubleValue()).isEqualTo(2.0);
        assertThat(json.getString("updatedBy")).isEqualTo("ops");
    }

    @Test
    void anUndeclaredWinnerIsAnExplicitNullAndTheLeaderIsShown() {
        Contender leader = new Contender(ID, "B", "Shorter", false, 12, 0.75, null);
        WinnerDecision decision = new WinnerDecision(Operation.TAILORING, false, null, leader,
                "not enough data: B has 12 of 30 results", List.of(), 30, 0.05);

        JsonObject json = write(WinnerResponse.of(decision));

        assertThat(json.keySet()).containsExactly("operation", "declared", "winner", "leader", "reason",
                "comparisons", "minTests", "alpha");
        assertThat(json.get("winner")).isEqualTo(JsonValue.NULL);
        assertThat(json.getJsonObject("leader").getString("variant")).isEqualTo("B");
        assertThat(json.getJsonObject("leader").containsKey("meanQuality")).isFalse();
        assertThat(json.getJsonObject("leader").getBoolean("isControl")).isFalse();
        assertThat(json.getInt("minTests")).isEqualTo(30);
    }

    @Test
    void anUndefinedFigureIsLeftOutInsteadOfWrittenAsNaN() {
        MetricComparison undefined = new MetricComparison("Welch's t-test", 0, 0, 0, Double.NaN, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.NaN, "no quality scores");
        VariantResults figures = new VariantResults(ID, "B", "Shorter", false, true, false, 0, 0, Double.NaN, null, 0,
                0, 0, 0, 0, 0, 0);
        ExperimentResults results = new ExperimentResults(Operation.TAILORING, List.of(figures),
                List.of(new VariantComparison(ID, "B", undefined, undefined, undefined, undefined, undefined,
                        Double.NaN)),
                new SampleRatioCheck(List.of(0.5, 0.5), List.of(0L, 0L), 1, false, "no results yet"));

        String text = JSONB.toJson(ResultsResponse.of(results));

        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonObject qualityScore = write(ResultsResponse.of(results)).getJsonArray("comparisons").getJsonObject(0)
                .getJsonObject("qualityScore");
        assertThat(qualityScore.containsKey("pValue")).isFalse();
        assertThat(qualityScore.getString("note")).isEqualTo("no quality scores");
    }

    @Test
    void anOperationWithoutVariantsShowsItsControlAsNull() {
        var overview = new com.roleready.experimentation.application.port.in.ExperimentationOverview(List.of(
                new com.roleready.experimentation.application.port.in.ExperimentationOverview.OperationOverview(
                        Operation.SKILL_EXTRACTION, 0, 0, 0, null, 0, 0)), 0);

        JsonObject line = write(StatsResponse.of(overview)).getJsonArray("operations").getJsonObject(0);

        assertThat(line.get("control")).isEqualTo(JsonValue.NULL);
        assertThat(line.getString("operation")).isEqualTo("skill_extraction");
    }
}
