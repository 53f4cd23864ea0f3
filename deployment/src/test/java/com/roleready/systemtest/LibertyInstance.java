package com.roleready.systemtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more Liberty process of the already built server (deployment/target/liberty/wlp, server
 * {@code defaultServer}, created by the pre-integration-test phase), started with
 * {@code wlp/bin/server run defaultServer} next to the build's own system-test server.
 *
 * <p>How instances are kept apart. The server <em>configuration</em> (server.xml, bootstrap.properties,
 * jvm.options, lib/jdbc, the loose application apps/roleready-signals.war.xml, whose paths are
 * absolute) is read from wlp/usr/servers/defaultServer and shared, read-only. Everything a server
 * <em>writes</em> goes to {@code WLP_OUTPUT_DIR/defaultServer}, a private folder per instance: logs
 * and FFDC, workarea (OSGi cache, the server command port used by {@code server stop}), tranlog, and
 * the .pid folder ({@code WLP_OUTPUT_DIR/.pid}). {@code server stop} with the same WLP_OUTPUT_DIR
 * stops exactly this instance.
 *
 * <p>The port. The build writes {@code http.port=<it.http.port>} (and {@code signals.data.dir}) into
 * bootstrap.properties for its own server, and in Liberty bootstrap properties outrank environment
 * variables: HTTP_PORT alone leaves a second instance on the build server's port (tried: it bound
 * 9184). A JVM system property outranks bootstrap.properties, so the port and the data folder are
 * also passed in JVM_ARGS. HTTP_PORT is still set, as the README documents it.
 *
 * <p>Readiness means: the private messages.log says this process listens on the port and
 * {@code /health/ready} answers 200 there; a port that is busy before the start is refused, so a
 * test never talks to somebody else's server by mistake.
 */
final class LibertyInstance implements AutoCloseable {

    private static final Path WLP = Path.of(System.getProperty("liberty.wlp.dir", "target/liberty/wlp"));
    private static final Path INSTANCES = Path.of(System.getProperty("it.instances.dir", "target/it-instances"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Settings of the README's configuration table, and the launcher's own: none leaks in from the caller. */
    private static final List<String> SCRUBBED_PREFIXES = List.of("DB_", "HTTP_", "SIGNALS_", "MP_JWT_", "WLP_",
            "ADMIN_USERS", "JVM_ARGS", "LOG_DIR", "LOG_FILE", "SERVER_WORKING_DIR", "JAVA_OPTIONS", "OPENJ9_JAVA_OPTIONS",
            "IBM_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

    private final String name;
    private final int port;
    private final Path outputDir;
    private final Map<String, String> environment;
    private Process process;

    private LibertyInstance(String name, int port, Path outputDir, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.outputDir = outputDir;
        this.environment = environment;
    }

    /** The first port an instance of a test may use; the n-th instance of a test uses first + n. */
    static int port(int index) {
        return Integer.getInteger("it.instance.first.port", 9190) + index;
    }

    /** A random AES key, to be shared by all instances on one database (they must read each other's secrets). */
    static String newEncryptionKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * Starts an instance on {@code db} and waits until it is ready. {@code settings} are further
     * environment variables (README configuration table), e.g. SIGNALS_DISPATCHER_LEASE_SECONDS.
     */
    static LibertyInstance start(String name, int port, ThrowawayMariaDb db, Map<String, String> settings)
            throws Exception {
        LibertyInstance instance = create(name, port, db, settings);
        try {
            instance.launch();
            instance.awaitReady(Duration.ofSeconds(240));
        } catch (Exception | AssertionError notReady) {
            instance.close(); // the caller never gets the instance, so nobody else would stop it
            throw notReady;
        }
        return instance;
    }

    /** Builds an instance without starting it (see {@link #launch} and {@link #awaitReady}). */
    static LibertyInstance create(String name, int port, ThrowawayMariaDb db, Map<String, String> settings)
            throws IOException {
        Path script = WLP.resolve("bin/server");
        if (!Files.isExecutable(script) || !Files.isRegularFile(WLP.resolve("usr/servers/defaultServer/server.xml"))) {
            throw new IllegalStateException("no built Liberty server at " + WLP
                    + " (it is created by the pre-integration-test phase of the deployment module)");
        }
        Path outputDir = INSTANCES.resolve(db.name()).resolve(name).toAbsolutePath();
        Files.createDirectories(outputDir);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("WLP_OUTPUT_DIR", outputDir.toString());
        env.put("HTTP_PORT", Integer.toString(port));
        env.put("HTTP_HOST", "127.0.0.1");
        env.put("JVM_ARGS", "-Dhttp.port=" + port + " -Dsignals.data.dir=" + outputDir.resolve("data"));
        env.put("DB_URL", db.jdbcUrl());
        env.put("DB_USER", ThrowawayMariaDb.USER);
        env.put("DB_PASSWORD", ThrowawayMariaDb.PASSWORD);
        env.put("SIGNALS_DELIVERY_DEV_MODE", "true"); // the receivers of the tests are on loopback
        env.putAll(settings);
        return new LibertyInstance(name, port, outputDir, env);
    }

    /** Starts the process (again, after {@link #kill} or {@link #stop}) without waiting for it. */
    void launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(this + " is already running");
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
            throw new IllegalStateException("port " + port + " is already taken by another process; choose other "
                    + "ports with -Dit.instance.first.port=...");
        } catch (IOException free) {
            // nobody listens: ours to take
        }
        logStartMarker();
        process = server("run").start();
        System.out.printf("[%s] started pid %d: server run defaultServer, port %d, WLP_OUTPUT_DIR=%s%n", name,
                process.pid(), port, outputDir);
    }

    /** {@code wlp/bin/server <action> defaultServer} with exactly this instance's environment. */
    private ProcessBuilder server(String action) {
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, "defaultServer")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outputDir.resolve("process-output.log").toFile()));
        builder.environment().keySet().removeIf(key -> SCRUBBED_PREFIXES.stream().anyMatch(key::startsWith));
        builder.environment().putAll(environment);
        return builder;
    }

    private long logLengthAtStart;

    private void logStartMarker() throws IOException {
        Path log = messagesLog();
        logLengthAtStart = Files.exists(log) ? Files.size(log) : 0;
    }

    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String listening = "CWWKO0219I";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(this + " exited with " + process.exitValue() + " before it was ready; "
                        + "see " + outputDir.resolve("process-output.log") + "\n" + tail(40));
            }
            String log = logSinceStart();
            if (log.contains(listening) && log.contains("port " + port) && readyAnswers200()) {
                System.out.printf("[%s] ready on %s%n", name, baseUrl());
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(this + " not ready within " + timeout + "\n" + tail(40));
    }

    private boolean readyAnswers200() {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Graceful: {@code server stop defaultServer} with this instance's environment. */
    void stop() throws Exception {
        Process stop = server("stop").start();
        if (!stop.waitFor(120, TimeUnit.SECONDS)) {
            stop.destroyForcibly();
        }
        if (process != null && !process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /**
     * SIGKILL, no shutdown hook, no graceful drain: a crash. The script execs java, so the process
     * is the JVM itself; any descendants are killed first anyway.
     */
    int kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        String command = process.info().command().orElse("?");
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(this + " survived SIGKILL");
        }
        System.out.printf("[%s] killed pid %d (%s) with SIGKILL, exit %d%n", name, process.pid(), command,
                process.exitValue());
        return process.exitValue();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path outputDir() {
        return outputDir;
    }

    Path messagesLog() {
        return outputDir.resolve("defaultServer/logs/messages.log");
    }

    HttpResponse<String> get(String path, String token) throws IOException {
        return send(request(path, token).GET());
    }

    HttpResponse<String> postJson(String path, String token, String json) throws IOException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) throws IOException {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private String logSinceStart() throws IOException {
        Path log = messagesLog();
        if (!Files.exists(log)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(log);
        int from = bytes.length >= logLengthAtStart ? (int) logLengthAtStart : 0; // rolled over: read it all
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    private String tail(int lines) {
        try {
            Path output = outputDir.resolve("process-output.log");
            List<String> all = Files.exists(output) ? Files.readAllLines(output) : List.of();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Stops gracefully if still running; a test's cleanup. */
    @Override
    public void close() throws Exception {
        if (isAlive()) {
            stop();
        }
    }

    @Override
    public String toString() {
        return "Liberty instance " + name + " on port " + port;
    }
}
