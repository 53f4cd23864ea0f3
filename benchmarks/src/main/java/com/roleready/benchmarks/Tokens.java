package com.roleready.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/** Development tokens for the load run, signed with the committed DEV key (like scripts/dev-token). */
final class Tokens {

    private final PrivateKey key;

    Tokens(Path privateKeyPem) throws Exception {
        String pem = Files.readString(privateKeyPem);
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    String mint(String sub, List<String> groups) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"https://dev.roleready.local/signals\",\"sub\":\"" + sub + "\",\"upn\":\"" + sub
                + "\",\"groups\":[" + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(","))
                + "],\"iat\":" + now + ",\"exp\":" + (now + 7200) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + b64.encodeToString(rsa.sign());
    }
}
