package com.roleready.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final SecretCipher cipher = new SecretCipher(Optional.of(randomKey()));

    @Test
    void anEncryptedSecretDecryptsBackToTheSameText() {
        String stored = cipher.encrypt(SECRET);

        assertThat(stored).doesNotContain("whsec_").doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
    }

    @Test
    void eachEncryptionUsesAFreshIvSoEqualSecretsLookDifferent() {
        assertThat(cipher.encrypt(SECRET)).isNotEqualTo(cipher.encrypt(SECRET));
    }

    @Test
    void theStoredValueNamesTheKeyThatEncryptedIt() {
        assertThat(cipher.encrypt(SECRET)).startsWith(cipher.keyId() + ":");
        assertThat(cipher.keyId()).matches("[0-9a-f]{8}");
    }

    @Test
    void aTamperedCiphertextIsRejected() {
        String stored = cipher.encrypt(SECRET);
        int colon = stored.indexOf(':');
        byte[] raw = Base64.getDecoder().decode(stored.substring(colon + 1));
        raw[raw.length / 2] ^= 0x01;
        String tampered = stored.substring(0, colon + 1) + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void rememberedSecretsNeverLetATamperedValueThroughEvenAfterTheGenuineOneWasRead() {
        String stored = cipher.encrypt(SECRET);
        int colon = stored.indexOf(':');
        byte[] raw = Base64.getDecoder().decode(stored.substring(colon + 1));
        raw[raw.length - 1] ^= 0x01;
        String tampered = stored.substring(0, colon + 1) + Base64.getEncoder().encodeToString(raw);

        assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
        assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cipher.decrypt(tampered)).hasMessageContaining("failed authentication");
        }
        for (int i = 0; i < SecretCipher.MAX_REMEMBERED + 5; i++) { // past the bound, it starts over and still works
            String other = "whsec_" + i;
            assertThat(cipher.decrypt(cipher.encrypt(other))).isEqualTo(other);
        }
        assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
    }

    @Test
    void aValueEncryptedUnderAnotherKeyIsRejected() {
        String stored = new SecretCipher(Optional.of(randomKey())).encrypt(SECRET);

        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encrypted with key");
    }

    @Test
    void aWrongKeyUnderAForgedKeyIdIsRejectedByAuthentication() {
        String stored = new SecretCipher(Optional.of(randomKey())).encrypt(SECRET);
        String relabelled = cipher.keyId() + stored.substring(stored.indexOf(':'));

        assertThatThrownBy(() -> cipher.decrypt(relabelled))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void withoutAConfiguredKeyTheLabelledDevelopmentKeyIsUsed() {
        SecretCipher dev = new SecretCipher(Optional.empty());

        assertThat(dev.usesDevelopmentKey()).isTrue();
        assertThat(dev.encrypt(SECRET)).startsWith("dev:");
        assertThat(new SecretCipher(Optional.of("  ")).usesDevelopmentKey()).isTrue();
        assertThat(cipher.usesDevelopmentKey()).isFalse();
    }

    @Test
    void aKeyOfTheWrongLengthOrNotBase64IsRefusedAtStartupWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new SecretCipher(Optional.of(shortKey)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new SecretCipher(Optional.of("not base64 at all!")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("not base64 at all!");
    }

    @Test
    void afterARotationValuesUnderThePreviousKeyStillDecryptAndNewOnesUseTheCurrentKey() {
        String oldKey = randomKey();
        String storedBefore = new SecretCipher(Optional.of(oldKey)).encrypt(SECRET);
        SecretCipher rotated = new SecretCipher(Optional.of(randomKey()), Optional.of(" " + oldKey + " "));

        assertThat(rotated.decrypt(storedBefore)).isEqualTo(SECRET);
        assertThat(rotated.isUnderCurrentKey(storedBefore)).isFalse();
        String storedAfter = rotated.encrypt(SECRET);
        assertThat(storedAfter).startsWith(rotated.keyId() + ":");
        assertThat(rotated.isUnderCurrentKey(storedAfter)).isTrue();
        assertThat(rotated.previousKeyIds()).containsExactly(storedBefore.substring(0, storedBefore.indexOf(':')));
    }

    @Test
    void aKeyNeitherCurrentNorPreviousIsRejectedNamingBothSettings() {
        SecretCipher rotated = new SecretCipher(Optional.of(randomKey()), Optional.of(randomKey() + "," + randomKey()));
        String storedUnderAThirdKey = new SecretCipher(Optional.of(randomKey())).encrypt(SECRET);

        assertThatThrownBy(() -> rotated.decrypt(storedUnderAThirdKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SecretCipher.CONFIG_KEY).hasMessageContaining(SecretCipher.PREVIOUS_KEYS_CONFIG);
    }

    @Test
    void leavingTheDevelopmentKeyNeedsItListedAsPrevious() {
        String storedUnderDev = new SecretCipher(Optional.empty()).encrypt(SECRET);

        assertThatThrownBy(() -> cipher.decrypt(storedUnderDev)).hasMessageContaining("encrypted with key dev");
        assertThat(new SecretCipher(Optional.of(randomKey()), Optional.of("dev")).decrypt(storedUnderDev))
                .isEqualTo(SECRET);
    }

    @Test
    void aBadPreviousKeyIsRefusedAtStartupNamingItsSettingWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new SecretCipher(Optional.of(randomKey()), Optional.of(randomKey() + "," + shortKey)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SecretCipher.PREVIOUS_KEYS_CONFIG).hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThat(new SecretCipher(Optional.of(randomKey()), Optional.of(" , ")).previousKeyIds()).isEmpty();
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
