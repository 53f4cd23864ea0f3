package com.roleready.systemtest;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints tokens with Nimbus JOSE+JWT (an implementation independent of scripts/dev-token) signed
 * with the development key the test server trusts, or with a stranger's key.
 */
final class Tokens {

    static final String DEV_ISSUER = "https://dev.roleready.local/signals";

    private Tokens() {
    }

    static String user(String sub, String email) {
        return token(sub, email, List.of(), DEV_ISSUER, Instant.now().plusSeconds(600), devKey());
    }

    static String withGroups(String sub, String... groups) {
        return token(sub, sub + "@example.com", List.of(groups), DEV_ISSUER, Instant.now().plusSeconds(600), devKey());
    }

    static String expired(String sub) {
        return token(sub, null, List.of(), DEV_ISSUER, Instant.now().minusSeconds(3600), devKey());
    }

    static String fromOtherIssuer(String sub) {
        return token(sub, null, List.of("admin"), "https://evil.example.com", Instant.now().plusSeconds(600), devKey());
    }

    static String signedWithUnknownKey(String sub) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return token(sub, null, List.of("admin"), DEV_ISSUER, Instant.now().plusSeconds(600),
                    generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String sub, String email, List<String> groups, String issuer, Instant expiry,
                                PrivateKey key) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject(sub).claim("upn", email != null ? email : sub)
                    .claim("groups", groups).jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(expiry.minusSeconds(3600))).expirationTime(Date.from(expiry));
            if (email != null) {
                claims.claim("email", email);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey devKey() {
        try {
            String pem = Files.readString(Path.of(System.getProperty("dev.private.key",
                    "../scripts/dev-keys/dev-jwt-private-key.pem")));
            byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dev private key", e);
        }
    }
}
