package com.roleready.notification.adapter.delivery;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HttpClient all attempts share, so connections to a receiver are reused. Everything
 * that would make a request differ from what the caller built is switched off.
 */
final class PooledHttpClient {

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient client;

    private PooledHttpClient(PoolingHttpClientConnectionManager connections, CloseableHttpClient client) {
        this.connections = connections;
        this.client = client;
    }

    static PooledHttpClient create(DeliverySettings settings, DnsResolver resolver) {
        Timeout timeout = Timeout.of(settings.attemptTimeout());
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout)
                        .setSocketTimeout(timeout)
                        // A receiver may have closed an idle keep-alive connection; check before reuse.
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build())
                .build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout)
                        .setResponseTimeout(timeout)
                        .setRedirectsEnabled(false)
                        .setAuthenticationEnabled(false)
                        .setContentCompressionEnabled(false)
                        .setExpectContinueEnabled(false)
                        .build())
                // No proxy (no useSystemProperties()): the guard must judge the receiver's own address.
                .disableRedirectHandling()
                // One attempt is one request; retries are scheduled durably by the delivery, not here.
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .build();
        return new PooledHttpClient(connections, client);
    }

    CloseableHttpClient client() {
        return client;
    }

    int idleConnections() {
        return connections.getTotalStats().getAvailable();
    }

    void close(CloseMode mode) {
        client.close(mode);
        connections.close(mode);
    }
}
