package com.roleready.notification.adapter.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.roleready.notification.application.port.out.WebhookRequest;
import com.roleready.notification.domain.AttemptOutcome;
import com.roleready.notification.domain.AttemptResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpWebhookSenderTest {

    @RegisterExtension
    static final WireMockExtension receiver = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Map<String, String> HEADERS = Map.of(
            "content-type", "application/json",
            "webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W",
            "webhook-timestamp", "1796299200",
            "webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,bm9wZQ==",
            "user-agent", "RoleReady-Signals/1.0");

    private final HostLookup fakeDns = host -> switch (host) {
        case "rebound.example" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        case "mixed.example" -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
        default -> HostLookup.SYSTEM.addressesOf(host);
    };

    private HttpWebhookSender sender;

    @AfterEach
    void closeSender() {
        if (sender != null) {
            sender.close();
        }
    }

    private HttpWebhookSender devSender(Duration timeout) {
        sender = new HttpWebhookSender(DeliverySettings.production().withDevMode(true).withAttemptTimeout(timeout),
                fakeDns, Clock.fixed(NOW, ZoneOffset.UTC));
        return sender;
    }

    private HttpWebhookSender devSender() {
        return devSender(Duration.ofSeconds(5));
    }

    private HttpWebhookSender productionSender() {
        sender = new HttpWebhookSender(DeliverySettings.production(), fakeDns, Clock.fixed(NOW, ZoneOffset.UTC));
        return sender;
    }

    private static WebhookRequest request(String url) {
        return new WebhookRequest(URI.create(url), "{\"id\":\"msg_1\"}".getBytes(StandardCharsets.UTF_8), HEADERS);
    }

    private static WebhookRequest hook() {
        return request(receiver.baseUrl() + "/hook");
    }

    private static void receiverAnswers(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        receiver.stubFor(post("/hook").willReturn(response));
    }

    @Test
    void a2xxAnswerIsSuccessWithTheBodySnippet() {
        receiverAnswers(aResponse().withStatus(200).withBody("{\"received\":true}"));

        AttemptResult result = devSender().send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.SUCCESS);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.responseSnippet()).isEqualTo("{\"received\":true}");
        assertThat(result.error()).isNull();
        assertThat(result.duration()).isPositive();
    }

    @Test
    void theExactBodyBytesAndHeadersArriveUnchanged() {
        receiverAnswers(aResponse().withStatus(204));
        byte[] body = "{\"id\":\"msg_1\",\"data\":{\"name\":\"Zoë ✓\",\"n\":1.50}}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bodyWithOddBytes = Arrays.copyOf(body, body.length + 2);
        bodyWithOddBytes[body.length] = (byte) 0xFF;

        AttemptResult result = devSender().send(
                new WebhookRequest(URI.create(receiver.baseUrl() + "/hook"), bodyWithOddBytes, HEADERS));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.SUCCESS);
        List<LoggedRequest> arrived = receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
        assertThat(arrived).hasSize(1);
        LoggedRequest request = arrived.get(0);
        assertThat(request.getBody()).isEqualTo(bodyWithOddBytes);
        HEADERS.forEach((name, value) -> assertThat(request.getHeaders().getHeader(name).values())
                .as(name).containsExactly(value));
        assertThat(request.containsHeader("Accept-Encoding")).as("no compression negotiation").isFalse();
        assertThat(request.containsHeader("Cookie")).isFalse();
    }

    @Test
    void a5xxAnswerIsAnHttpError() {
        receiverAnswers(aResponse().withStatus(500).withBody("boom"));

        AttemptResult result = devSender().send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.HTTP_ERROR);
        assertThat(result.statusCode()).isEqualTo(500);
        assertThat(result.responseSnippet()).isEqualTo("boom");
        assertThat(result.error()).isEqualTo("HTTP 500");
    }

    @Test
    void aRedirectIsReportedWithItsLocationAndNotFollowed() {
        String target = receiver.baseUrl() + "/elsewhere";
        receiverAnswers(aResponse().withStatus(301).withHeader("Location", target));
        receiver.stubFor(post("/elsewhere").willReturn(aResponse().withStatus(200)));

        AttemptResult result = devSender().send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.REDIRECT);
        assertThat(result.statusCode()).isEqualTo(301);
        assertThat(result.location()).isEqualTo(target);
        assertThat(result.error()).contains(target);
        receiver.verify(0, anyRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    void goneIsAnHttpErrorTheDeliveryCanRecognise() {
        receiverAnswers(aResponse().withStatus(410));

        AttemptResult result = devSender().send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.HTTP_ERROR);
        assertThat(result.isGone()).isTrue();
    }

    @Test
    void tooManyRequestsCarriesRetryAfterInSeconds() {
        receiverAnswers(aResponse().withStatus(429).withHeader("Retry-After", "7"));

        AttemptResult result = devSender().send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.HTTP_ERROR);
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(result.retryAfterHint()).hasValue(Duration.ofSeconds(7));
    }

    @Test
    void serviceUnavailableCarriesRetryAfterGivenAsAnHttpDate() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(NOW.plusSeconds(120), ZoneOffset.UTC));
        receiverAnswers(aResponse().withStatus(503).withHeader("Retry-After", inTwoMinutes));

        AttemptResult result = devSender().send(hook());

        assertThat(result.statusCode()).isEqualTo(503);
        assertThat(result.retryAfterHint()).hasValue(Duration.ofSeconds(120));
    }

    @Test
    void aHugeBodyIsCutTo4KiBAndTheConnectionIsDroppedRatherThanDrained() {
        receiverAnswers(aResponse().withStatus(200).withBody("x".repeat(1024 * 1024)));

        AttemptResult result = devSender().send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.SUCCESS);
        assertThat(result.responseSnippet().getBytes(StandardCharsets.UTF_8)).hasSize(4096);
        // A drained connection would have gone back to the pool.
        assertThat(sender.idleConnections()).isZero();
    }

    @Test
    void connectionsAreReusedAcrossAttempts() {
        receiverAnswers(aResponse().withStatus(200).withBody("ok"));
        HttpWebhookSender sender = devSender();

        sender.send(hook());
        sender.send(hook());
        sender.send(hook());

        assertThat(receiver.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(3);
        assertThat(sender.idleConnections()).isEqualTo(1);
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsATimeout() {
        receiverAnswers(aResponse().withStatus(200).withFixedDelay(5_000));

        AttemptResult result = devSender(Duration.ofMillis(500)).send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.TIMEOUT);
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).contains("500 ms");
        assertThat(result.duration()).isBetween(Duration.ofMillis(400), Duration.ofMillis(3_000));
    }

    @Test
    void aReceiverTricklingItsAnswerIsCutOffAtTheDeadline() {
        // Every gap (100 ms) is shorter than the timeout, so only a whole-attempt deadline catches this.
        receiverAnswers(aResponse().withStatus(200).withBody("y".repeat(2_000)).withChunkedDribbleDelay(50, 5_000));

        AttemptResult result = devSender(Duration.ofMillis(500)).send(hook());

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.TIMEOUT);
        assertThat(result.duration()).isBetween(Duration.ofMillis(400), Duration.ofMillis(3_000));
    }

    @Test
    void aClosedPortIsAConnectionFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        AttemptResult result = devSender().send(request("http://127.0.0.1:" + closedPort + "/hook"));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).startsWith("could not connect");
    }

    @Test
    void aFailedTlsHandshakeIsAConnectionFailure() {
        // WireMock's port speaks plain HTTP, so the TLS handshake cannot succeed.
        AttemptResult result = devSender().send(request("https://127.0.0.1:" + receiver.getPort() + "/hook"));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
        assertThat(result.error()).startsWith("TLS failed");
    }

    @Test
    void aHostThatDoesNotResolveIsAConnectionFailure() {
        sender = new HttpWebhookSender(DeliverySettings.production().withDevMode(true), host -> {
            throw new UnknownHostException(host);
        }, Clock.systemUTC());

        AttemptResult result = sender.send(request("http://nowhere.example/hook"));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
        assertThat(result.error()).isEqualTo("host not found: nowhere.example");
    }

    @Test
    void productionBlocksLoopbackWithoutOpeningAConnection() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AttemptResult result = productionSender().send(
                    request("https://127.0.0.1:" + listener.getLocalPort() + "/hook"));

            assertThat(result.outcome()).isEqualTo(AttemptOutcome.BLOCKED);
            assertThat(result.error()).contains("loopback");
            assertNoConnectionWaiting(listener);
        }
    }

    @ParameterizedTest(name = "{0} never connects")
    @ValueSource(strings = {"127.0.0.1", "127.1", "2130706433", "0x7f000001", "0.0.0.0", "0", "[::1]", "[::]",
            "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[64:ff9b::7f00:1]"})
    void productionNeverConnectsToLoopbackHowEverItIsWritten(String host) throws IOException {
        try (ServerSocket listener = loopbackListener()) {
            AttemptResult result = productionSender().send(
                    request("https://" + host + ":" + listener.getLocalPort() + "/hook"));

            assertThat(result.outcome()).isIn(AttemptOutcome.BLOCKED, AttemptOutcome.CONNECTION_FAILED);
            assertNoConnectionWaiting(listener);
        }
    }

    @Test
    void productionBlocksAHostNameThatResolvesToLoopback() {
        AttemptResult result = productionSender().send(request("https://localhost:" + receiver.getPort() + "/hook"));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.BLOCKED);
        assertThat(result.error()).isEqualTo("localhost resolves to a forbidden address (loopback)");
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void productionChecksTheAddressesActuallyUsedAtConnectTime() {
        // The host may have resolved to a public address at registration; what counts is now.
        HttpWebhookSender production = productionSender();

        AttemptResult rebound = production.send(request("https://rebound.example:" + receiver.getPort() + "/hook"));
        AttemptResult mixed = production.send(request("https://mixed.example/hook"));

        assertThat(rebound.outcome()).isEqualTo(AttemptOutcome.BLOCKED);
        assertThat(mixed.outcome()).isEqualTo(AttemptOutcome.BLOCKED);
        assertThat(mixed.error()).contains("private");
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void productionRefusesPlainHttpBeforeAnyLookup() {
        AttemptResult result = productionSender().send(request(receiver.baseUrl() + "/hook"));

        assertThat(result.outcome()).isEqualTo(AttemptOutcome.BLOCKED);
        assertThat(result.error()).contains("https");
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    /** Listens on every loopback form the machine has (dual-stack where IPv6 exists). */
    private static ServerSocket loopbackListener() throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress("::", 0));
        } catch (IOException noIpv6) {
            listener.close();
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress("0.0.0.0", 0));
        }
        return listener;
    }

    private static void assertNoConnectionWaiting(ServerSocket listener) throws IOException {
        listener.setSoTimeout(200);
        try {
            listener.accept().close();
            throw new AssertionError("a connection reached the listener");
        } catch (SocketTimeoutException expected) {
            // nothing connected
        }
    }
}
