package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} + base64 of 24 to 64 random bytes. The
 * decoded bytes are the HMAC key. {@link #toString()} never shows the secret.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    static final int MIN_BYTES = 24;
    static final int MAX_BYTES = 64;
    static final int GENERATED_BYTES = 32;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new DomainValidationException("secret", "a signing secret must hold 24 to 64 bytes");
        }
        this.key = key.clone();
    }

    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[GENERATED_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(key);
    }

    public static WebhookSecret parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new DomainValidationException("secret", "a signing secret starts with " + PREFIX);
        }
        try {
            return new WebhookSecret(Base64.getDecoder().decode(text.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new DomainValidationException("secret", "a signing secret is " + PREFIX + " followed by base64");
        }
    }

    /** The secret in its shareable form; show it only when it is created or regenerated. */
    public String reveal() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key, a copy: for the signer that puts the signature on the wire. */
    public byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return PREFIX + "****";
    }
}
