package com.roleready.notification.adapter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts signing secrets at rest with AES-256-GCM. A stored value is {@code <keyId>:<base64(iv ||
 * ciphertext+tag)>} with a fresh random 12-byte IV per value; the key id is authenticated too. The
 * key id names the key that encrypted the value ("dev" for the development key, else the first 8 hex
 * digits of the key's SHA-256), so a value encrypted under another key is reported as such. To rotate the key,
 * the old one is listed in {@code signals.secret-encryption-previous-keys}: values under it still decrypt, new values
 * are encrypted under the current key, and {@code EndpointSecretReencryption} moves the stored ones over (ADR 0019).
 * Neither plaintexts nor keys are ever logged.
 */
@ApplicationScoped
public class SecretCipher {

    public static final String CONFIG_KEY = "signals.secret-encryption-key";
    public static final String PREVIOUS_KEYS_CONFIG = "signals.secret-encryption-previous-keys";
    /** In the previous keys: accept values encrypted under the public development key (to move off it). */
    static final String DEV_KEY_NAME = "dev";
    static final String DEV_KEY_ID = "dev";
    /**
     * DEVELOPMENT ONLY, NOT SECRET: the ASCII text "DEV-ONLY-roleready-signals-key!!". Used when
     * signals.secret-encryption-key (env SIGNALS_SECRET_ENCRYPTION_KEY) is unset, so that the
     * one-command start works; any real deployment must configure its own key.
     */
    static final String DEV_KEY_BASE64 = "REVWLU9OTFktcm9sZXJlYWR5LXNpZ25hbHMta2V5ISE=";

    private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    static final int MAX_REMEMBERED = 10_000;

    private final Map<String, String> decrypted = new ConcurrentHashMap<>();
    /** Every key that may decrypt, by id: the current one and the previous ones. */
    private Map<String, SecretKeySpec> decryptionKeys = Map.of();
    private SecretKeySpec key;
    private String keyId;

    protected SecretCipher() {
        // for CDI's client proxy
    }

    /** The configured base64 key (32 bytes after decoding), or the development key when absent. */
    public SecretCipher(Optional<String> base64Key) {
        this(base64Key, Optional.empty());
    }

    /**
     * @param previousKeys comma-separated base64 keys (or {@code dev}) that values may still be encrypted under
     */
    @Inject
    public SecretCipher(@ConfigProperty(name = CONFIG_KEY) Optional<String> base64Key,
                        @ConfigProperty(name = PREVIOUS_KEYS_CONFIG) Optional<String> previousKeys) {
        Optional<String> configured = base64Key.map(String::trim).filter(value -> !value.isEmpty());
        if (configured.isPresent()) {
            byte[] bytes = decodeKey(configured.get(), CONFIG_KEY);
            this.key = new SecretKeySpec(bytes, "AES");
            this.keyId = fingerprint(bytes);
            LOG.info(() -> "Webhook signing secrets are encrypted at rest with key " + keyId);
        } else {
            this.key = new SecretKeySpec(Base64.getDecoder().decode(DEV_KEY_BASE64), "AES");
            this.keyId = DEV_KEY_ID;
            LOG.warning("WARNING: " + CONFIG_KEY + " (env SIGNALS_SECRET_ENCRYPTION_KEY) is not set. Webhook signing"
                    + " secrets are encrypted with the PUBLIC DEVELOPMENT KEY and are NOT protected at rest. Set a"
                    + " base64-encoded random 256-bit key (e.g. `openssl rand -base64 32`) for any real deployment.");
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        keys.put(keyId, key);
        for (String previous : previousKeys.map(String::trim).filter(value -> !value.isEmpty())
                .map(value -> value.split(",")).orElse(new String[0])) {
            addPreviousKey(keys, previous.trim());
        }
        this.decryptionKeys = Map.copyOf(keys);
        if (keys.size() > 1) {
            LOG.info(() -> "Webhook signing secrets stored under the previous keys " + previousKeyIds()
                    + " still decrypt, and are re-encrypted under key " + keyId);
        }
    }

    private static void addPreviousKey(Map<String, SecretKeySpec> keys, String previous) {
        if (previous.isEmpty()) {
            return;
        }
        if (DEV_KEY_NAME.equals(previous)) {
            keys.putIfAbsent(DEV_KEY_ID, new SecretKeySpec(Base64.getDecoder().decode(DEV_KEY_BASE64), "AES"));
            return;
        }
        byte[] bytes = decodeKey(previous, PREVIOUS_KEYS_CONFIG);
        keys.putIfAbsent(fingerprint(bytes), new SecretKeySpec(bytes, "AES"));
    }

    /** Creates the bean when the application starts, so the warning about the dev key shows at startup. */
    void announceKeyAtStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // constructing the bean logged which key is in use
    }

    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    /**
     * Throws IllegalStateException when the value is malformed, tampered with or encrypted under another key.
     *
     * <p>Each claim of deliveries reads its endpoints, so the same few stored values are decrypted hundreds of times
     * a second under load (AES-GCM was about a tenth of the claim's CPU). A stored value always decrypts to the same
     * secret, so successful results are kept, keyed by the stored value: a rotated secret is a new stored value. The
     * map is bounded by clearing it when full; it holds nothing the server does not hold in memory anyway.
     */
    public String decrypt(String stored) {
        String known = decrypted.get(stored);
        if (known != null) {
            return known;
        }
        String secret = decryptNow(stored);
        if (decrypted.size() >= MAX_REMEMBERED) {
            decrypted.clear();
        }
        decrypted.put(stored, secret);
        return secret;
    }

    private String decryptNow(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("a stored secret lacks its key id prefix");
        }
        String storedKeyId = stored.substring(0, colon);
        SecretKeySpec storedKey = decryptionKeys.get(storedKeyId);
        if (storedKey == null) {
            throw new IllegalStateException("a stored secret was encrypted with key " + storedKeyId
                    + ", but the configured key is " + keyId + " (" + CONFIG_KEY + ") and it is not among the"
                    + " previous keys either (" + PREVIOUS_KEYS_CONFIG + ")");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(stored.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret is not valid base64");
        }
        if (raw.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("a stored secret is too short to be AES-GCM output");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, storedKey, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            cipher.updateAAD(storedKeyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a stored secret failed authentication: tampered with, or not "
                    + "encrypted under key " + storedKeyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt a stored secret", e);
        }
    }

    /** Whether a stored value is encrypted under the current key (else it awaits re-encryption, or is unreadable). */
    public boolean isUnderCurrentKey(String stored) {
        return stored != null && stored.startsWith(keyId + ":");
    }

    /** The ids of the previous keys that still decrypt, without the current one. */
    public Set<String> previousKeyIds() {
        Set<String> ids = new LinkedHashSet<>(decryptionKeys.keySet());
        ids.remove(keyId);
        return ids;
    }

    /** Which key new values are encrypted with: "dev" or the configured key's fingerprint. */
    public String keyId() {
        return keyId;
    }

    public boolean usesDevelopmentKey() {
        return DEV_KEY_ID.equals(keyId);
    }

    private static byte[] decodeKey(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be base64 (e.g. `openssl rand -base64 32`)");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must decode to exactly " + KEY_BYTES
                    + " bytes (AES-256), not " + bytes.length);
        }
        return bytes;
    }

    private static String fingerprint(byte[] keyBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
