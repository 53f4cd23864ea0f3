package com.roleready.shared.adapter.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Knows whether tokens are verified with the bundled development key, and says so loudly at
 * startup: that key's private half is in the repository, so anyone can mint tokens for it.
 */
@ApplicationScoped
public class JwtVerificationSettings {

    /** Classpath location of the public half of the development key pair shipped in the WAR. */
    public static final String DEV_PUBLIC_KEY_LOCATION = "/META-INF/dev-jwt/dev-jwt-public-key.pem";

    private static final Logger LOG = Logger.getLogger(JwtVerificationSettings.class.getName());

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (usesDevelopmentKey()) {
            LOG.warning("*** JWT tokens are verified with the DEVELOPMENT key pair shipped in this repository. "
                    + "Anyone can mint tokens for it (scripts/dev-token). Never run like this in production: set "
                    + "MP_JWT_VERIFY_PUBLICKEY_LOCATION and MP_JWT_VERIFY_ISSUER to your issuer's. ***");
        } else {
            LOG.info(() -> "JWT tokens are verified with the key at " + publicKeyLocation.orElse("(none)")
                    + " for issuer " + issuer.orElse("(any)"));
        }
    }

    public boolean usesDevelopmentKey() {
        return publicKeyLocation.map(location -> location.endsWith("dev-jwt-public-key.pem")).orElse(false);
    }

    public String issuer() {
        return issuer.orElse(null);
    }
}
