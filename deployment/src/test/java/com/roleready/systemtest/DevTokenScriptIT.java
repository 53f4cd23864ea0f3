package com.roleready.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's way to get a token, scripts/dev-token, yields tokens the server accepts. */
class DevTokenScriptIT {

    private static final Path SCRIPT = Path.of(System.getProperty("dev.private.key",
            "../scripts/dev-keys/dev-jwt-private-key.pem")).getParent().getParent().resolve("dev-token");

    @Test
    void aMintedTokenIsAcceptedAndCarriesSubEmailAndGroups() throws Exception {
        String token = run("--sub", "alice", "--email", "alice@example.com", "--groups", "admin,service");

        var response = SystemTestClient.get("/api/me", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var me = ProblemAssertions.json(response);
        assertThat(me.getString("id")).isEqualTo("alice");
        assertThat(me.getString("email")).isEqualTo("alice@example.com");
        assertThat(me.getBoolean("admin")).isTrue();
    }

    @Test
    void printsExactlyOneLine() throws Exception {
        String output = run("--sub", "bob");

        assertThat(output.strip().lines()).hasSize(1);
        assertThat(output.strip().split("\\.")).hasSize(3);
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out.strip();
    }
}
