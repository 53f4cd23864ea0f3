package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EndpointUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/roleready", "http://localhost:8080/hook",
            "https://example.com:8443/a/b?c=d"})
    void acceptsAbsoluteHttpAndHttpsUrls(String value) {
        assertThat(new EndpointUrl(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "/relative/path", "ftp://example.com/x", "file:///etc/passwd",
            "javascript:alert(1)", "https://user:pass@example.com/hook", "https://example.com/hook#frag", "https:///nohost"})
    void rejectsUrlsThatAreNotPlainHttpOrHttps(String value) {
        assertThatThrownBy(() -> new EndpointUrl(value))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("url");
    }

    @Test
    void rejectsMissingUrl() {
        assertThatThrownBy(() -> new EndpointUrl(null)).hasMessageContaining("required");
    }

    @Test
    void rejectsUrlsLongerThan2048Characters() {
        String longUrl = "https://example.com/" + "a".repeat(2048);
        assertThatThrownBy(() -> new EndpointUrl(longUrl)).hasMessageContaining("2048");
    }

    @Test
    void knowsWhetherItIsHttps() {
        assertThat(new EndpointUrl("HTTPS://example.com").isHttps()).isTrue();
        assertThat(new EndpointUrl("http://example.com").isHttps()).isFalse();
    }
}
