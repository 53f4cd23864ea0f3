package com.roleready.benchmarks.jmh;

import com.roleready.notification.adapter.delivery.HmacWebhookSigner;
import com.roleready.notification.domain.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Standard Webhooks signing ({@link HmacWebhookSigner#sign}, one secret) against the bare JDK HMAC-SHA256 over the
 * same bytes ({@code id.timestamp.} then the body) with a {@link Mac} set up once, in the same run. The ratio is
 * what the signer adds: a {@code Mac} looked up and keyed per call, the prefix string, base64 and the join.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SigningBenchmark {

    @Param({"1024", "65536"})
    public int payloadBytes;

    private static final String WEBHOOK_ID = "msg_2c7d0b8e-5a1f-4c3e-9b6d-0f2a8e4c1d37";
    private static final long TIMESTAMP = 1_796_342_400L;
    private static final HmacWebhookSigner SIGNER = new HmacWebhookSigner();

    private byte[] body;
    private List<WebhookSecret> secrets;
    private Mac rawMac;
    private byte[] prefix;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        body = new byte[payloadBytes];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (' ' + random.nextInt(95)); // printable, like JSON
        }
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
        secrets = List.of(secret);
        byte[] key = Base64.getDecoder().decode(secret.reveal().substring(WebhookSecret.PREFIX.length()));
        rawMac = Mac.getInstance("HmacSHA256");
        rawMac.init(new SecretKeySpec(key, "HmacSHA256"));
        prefix = (WEBHOOK_ID + "." + TIMESTAMP + ".").getBytes(StandardCharsets.UTF_8);
        String ours = SIGNER.sign(WEBHOOK_ID, TIMESTAMP, body, secrets);
        String raw = "v1," + Base64.getEncoder().encodeToString(baselineJdkHmac());
        if (!ours.equals(raw)) {
            throw new IllegalStateException("the baseline does not compute the same signature: " + ours + " vs " + raw);
        }
    }

    /** The bare JDK HMAC-SHA256 over the same bytes, Mac reused, no encoding. */
    @Benchmark
    public byte[] baselineJdkHmac() {
        rawMac.update(prefix);
        return rawMac.doFinal(body);
    }

    @Benchmark
    public String webhookSignature() {
        return SIGNER.sign(WEBHOOK_ID, TIMESTAMP, body, secrets);
    }
}
