package com.roleready.systemtest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * scripts/receiver: a Node.js receiver on the official Standard Webhooks library, i.e. code this
 * project did not write. Skipped with a message where Node.js is missing (a laptop with only a
 * JDK), a failure where REQUIRE_NODE=true (CI).
 */
final class IndependentReceiver implements AutoCloseable {

    private static final Path DIR = Path.of(System.getProperty("receiver.dir", "../scripts/receiver"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;

    private IndependentReceiver(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static IndependentReceiver start() throws Exception {
        requireNode();
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--silent"), 300);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("node", "receiver.js", "--port", Integer.toString(port))
                .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        IndependentReceiver receiver = new IndependentReceiver(process, port);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (receiver.get("/_health").statusCode() == 200) {
                    return receiver;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        receiver.close();
        throw new IllegalStateException("the independent receiver did not start");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void trust(String path, String... secrets) throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < secrets.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(secrets[i]).append('"');
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/_secrets" + path)))
                .PUT(HttpRequest.BodyPublishers.ofString(json.append(']').toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("receiver refused the secrets: " + response.statusCode());
        }
    }

    JsonArray results() throws Exception {
        try (var reader = Json.createReader(new StringReader(get("/_results").body()))) {
            return reader.readArray();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void requireNode() {
        try {
            run(List.of("node", "--version"), 30);
            run(List.of("npm", "--version"), 30);
        } catch (Exception e) {
            String message = "Node.js/npm not found (" + e.getMessage() + "): the independent Standard Webhooks receiver "
                    + "cannot run";
            if (Boolean.parseBoolean(System.getenv("REQUIRE_NODE"))) {
                fail(message + " and REQUIRE_NODE=true");
            }
            abort(message + " -- skipping; install Node.js 18+ to run it");
        }
    }

    private static void run(List<String> command, int timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
