package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A syntactically valid absolute http(s) URL without credentials or fragment. Whether the
 * host may be contacted (https only, no private addresses) is a separate, mode-dependent
 * policy applied by the delivery side.
 */
public record EndpointUrl(String value) {

    public static final String FIELD = "url";
    static final int MAX_LENGTH = 2048;

    public EndpointUrl {
        if (value == null || value.isBlank()) {
            throw invalid("url is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid("url must be at most " + MAX_LENGTH + " characters");
        }
        URI uri = parse(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw invalid("url must use the https (or, in dev mode, http) scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid("url must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("url must not contain credentials; the signature authenticates deliveries");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("url must not contain a fragment");
        }
    }

    public URI toUri() {
        return URI.create(value);
    }

    public boolean isHttps() {
        return value.regionMatches(true, 0, "https:", 0, 6);
    }

    private static URI parse(String value) {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw invalid("url must be an absolute URL such as https://example.com/hooks");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("url is not a valid URL: " + e.getReason());
        }
    }

    private static DomainValidationException invalid(String message) {
        return new DomainValidationException(FIELD, message);
    }
}
