package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A 4xx decided inside a transaction (a conflict, a validation error found against stored data, a vanished id) is
 * an ordinary answer, not an incident: it must roll back without Liberty writing an FFDC file for it (ADR 0003).
 * FFDC files are for bugs, and operators alert on them.
 */
class RefusalsLeaveNoIncidentIT {

    private static final Path FFDC = Path.of(System.getProperty("liberty.server.logs",
            "target/liberty/wlp/usr/servers/defaultServer/logs"), "ffdc");

    @Test
    void aConflictAndAValidationErrorInsideATransactionWriteNoFfdcIncident() throws IOException {
        String control = AbTestingApi.create("ats_analysis", AbTestingApi.uniqueLabel("ffdc")).getString("id");
        AbTestingApi.create("ats_analysis", AbTestingApi.uniqueLabel("ffdc"));
        String current = AbTestingApi.variants("ats_analysis", false).stream()
                .map(v -> v.asJsonObject()).filter(v -> v.getBoolean("isControl")).findFirst().orElseThrow()
                .getString("id");

        // 409 from the domain, inside VariantService's transaction.
        assertThat(SystemTestClient.delete(AbTestingApi.BASE + "/variants/" + current, AbTestingApi.ADMIN)
                .statusCode()).isEqualTo(409);
        // 400 decided against stored data (the variant belongs to ats_analysis), inside the recording transaction.
        assertThat(AbTestingApi.record(AbTestingApi.SERVICE, AbTestingApi.result("skill_extraction", control, true, 80)
                .build().toString()).statusCode()).isEqualTo(400);

        assertThat(incidentsNaming(List.of("ConflictException", "DomainValidationException", "NotFoundException")))
                .as("FFDC files under %s naming an expected refusal", FFDC).isEmpty();
    }

    @Test
    void aRejectedTokenIsAnsweredWithoutAnErrorLineInTheLog() throws IOException {
        Path messages = FFDC.resolveSibling("messages.log");
        long before = Files.size(messages);
        String forged = Tokens.signedWithUnknownKey("mallory-" + java.util.UUID.randomUUID());

        assertThat(SystemTestClient.get("/api/me", forged).statusCode()).isEqualTo(401);
        assertThat(SystemTestClient.get("/api/me", Tokens.expired("mallory")).statusCode()).isEqualTo(401);
        assertThat(SystemTestClient.get("/api/me", "garbage.token.value").statusCode()).isEqualTo(401);

        String log = Files.readString(messages);
        String written = log.substring((int) Math.min(before, log.length()));
        // Liberty still records an FFDC incident for a bad signature (with the token); that is not configurable.
        assertThat(written).doesNotContain(" E CWWKS").doesNotContain(" W CWWKS");
    }

    /** FFDC files that name one of these exceptions of ours. */
    static List<Path> incidentsNaming(List<String> exceptions) throws IOException {
        if (!Files.isDirectory(FFDC)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(FFDC)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ffdc_")).filter(f -> {
                try {
                    String text = Files.readString(f);
                    return exceptions.stream().anyMatch(e -> text.contains("com.roleready.") && text.contains(e));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
