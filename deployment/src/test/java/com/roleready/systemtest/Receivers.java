package com.roleready.systemtest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Fake webhook receivers (WireMock on loopback) and a receiver-side Standard Webhooks check. */
final class Receivers {

    private Receivers() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .bindAddress("127.0.0.1").containerThreads(20));
        server.start();
        return server;
    }

    /** What a receiver does with a stock library: recompute v1 over id.timestamp.body and compare. */
    static boolean signatureValid(String secret, LoggedRequest request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((request.getHeader("webhook-id") + "." + request.getHeader("webhook-timestamp") + ".")
                    .getBytes(StandardCharsets.UTF_8));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(request.getBody()));
            return List.of(request.getHeader("webhook-signature").split(" ")).contains(expected);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(LoggedRequest request) {
        return new String(request.getBody(), StandardCharsets.UTF_8);
    }
}
