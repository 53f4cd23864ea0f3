package com.roleready.experimentation.adapter.rest;

import com.roleready.shared.adapter.rest.problem.Utf16;
import com.roleready.shared.domain.DomainValidationException;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The fingerprint of an AI call's input: lower-case hex SHA-256 of its RFC 8785 (JCS) canonical
 * JSON, so that the same input sent with other key order, whitespace or number spelling groups
 * together. The input itself holds resumes (personal data): it is hashed here, at the edge, and
 * never stored, logged or passed on, not even in an error message.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    /** @return the fingerprint, or null when there is no input (absent or JSON null) */
    static String of(JsonValue input) {
        if (input == null || input == JsonValue.NULL) {
            return null;
        }
        return sha256Hex(canonical(input));
    }

    /**
     * The JCS form of any JSON value. The library accepts only an object or an array at the top, so
     * the value is wrapped in a one-element array and the brackets are taken off again: by JCS an
     * array is exactly "[" + canonical(element) + "]".
     */
    static String canonical(JsonValue input) {
        String text = input.toString();
        if (Utf16.hasUnpairedSurrogate(text)) {
            // JCS (I-JSON) forbids them, and the library would silently turn each into '?'.
            throw invalid();
        }
        try {
            String wrapped = new JsonCanonicalizer("[" + text + "]").getEncodedString();
            return wrapped.substring(1, wrapped.length() - 1);
        } catch (IOException | RuntimeException e) {
            // e.g. a number beyond the double range (1e400); the message may quote the input, so it is dropped.
            throw invalid();
        }
    }

    private static String sha256Hex(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static DomainValidationException invalid() {
        return new DomainValidationException("input",
                "input cannot be canonicalised (RFC 8785): numbers must fit an IEEE double and strings be valid Unicode");
    }
}
