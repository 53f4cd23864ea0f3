import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Mints a DEVELOPMENT token signed with scripts/dev-keys/dev-jwt-private-key.pem (RS256), accepted
 * by a server that runs with the bundled dev verification key. Plain JDK so that it needs no build:
 * run through scripts/dev-token.
 */
public class DevToken {

    static final String DEFAULT_ISSUER = "https://dev.roleready.local/signals";

    public static void main(String[] args) throws Exception {
        String sub = null;
        String email = null;
        String groups = "";
        String issuer = DEFAULT_ISSUER;
        long ttlSeconds = 3600;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--sub" -> sub = required(args[i], value);
                case "--email" -> email = required(args[i], value);
                case "--groups" -> groups = required(args[i], value);
                case "--issuer" -> issuer = required(args[i], value);
                case "--ttl" -> ttlSeconds = Long.parseLong(required(args[i], value));
                case "-h", "--help" -> usage(0);
                default -> {
                    System.err.println("unknown option: " + args[i]);
                    usage(2);
                }
            }
            i++;
        }
        if (sub == null || sub.isBlank()) {
            System.err.println("--sub is required");
            usage(2);
        }
        System.out.println(sign(claims(sub, email, groups, issuer, ttlSeconds), privateKey()));
    }

    static String claims(String sub, String email, String groups, String issuer, long ttlSeconds) {
        long now = Instant.now().getEpochSecond();
        List<String> fields = new ArrayList<>();
        fields.add(json("iss", issuer));
        fields.add(json("sub", sub));
        fields.add(json("upn", email != null ? email : sub));
        if (email != null) {
            fields.add(json("email", email));
        }
        List<String> groupList = new ArrayList<>();
        for (String group : groups.split(",")) {
            if (!group.isBlank()) {
                groupList.add(quote(group.trim()));
            }
        }
        fields.add("\"groups\":[" + String.join(",", groupList) + "]");
        fields.add("\"iat\":" + now);
        fields.add("\"exp\":" + (now + ttlSeconds));
        fields.add(json("jti", UUID.randomUUID().toString()));
        return "{" + String.join(",", fields) + "}";
    }

    static String sign(String claimsJson, PrivateKey key) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64.encodeToString(rsa.sign());
    }

    static PrivateKey privateKey() throws Exception {
        Path here = Path.of(System.getProperty("devtoken.dir", "scripts"));
        String pem = Files.readString(here.resolve("dev-keys/dev-jwt-private-key.pem"));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String json(String name, String value) {
        return quote(name) + ":" + quote(value);
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String required(String option, String value) {
        if (value == null) {
            System.err.println(option + " needs a value");
            usage(2);
        }
        return value;
    }

    private static void usage(int exitCode) {
        System.err.println("usage: scripts/dev-token --sub USER_ID [--email EMAIL] [--groups admin,service] "
                + "[--ttl SECONDS] [--issuer ISS]");
        System.err.println("Prints a DEVELOPMENT-ONLY bearer token on stdout.");
        System.exit(exitCode);
    }
}
