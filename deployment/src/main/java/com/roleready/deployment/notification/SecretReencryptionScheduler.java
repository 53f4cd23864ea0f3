package com.roleready.deployment.notification;

import com.roleready.notification.adapter.persistence.EndpointSecretReencryption;
import com.roleready.notification.adapter.persistence.SecretCipher;
import com.roleready.shared.application.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a rotation of the secret-encryption key (previous keys configured), re-encrypts the stored signing secrets
 * under the current key: 30 s after start (the schema is migrated by then), then every 10 minutes, a batch per
 * transaction until none is left. Without previous keys it does nothing. A failed run is logged and the next one
 * goes on; secrets under a previous key decrypt meanwhile, so deliveries never wait for it (ADR 0019).
 */
@ApplicationScoped
public class SecretReencryptionScheduler {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(SecretReencryptionScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    EndpointSecretReencryption reencryption;

    @Inject
    SecretCipher secretCipher;

    @Inject
    UnitOfWork unitOfWork;

    private volatile boolean toldNoneIsLeft;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!secretCipher.previousKeyIds().isEmpty()) {
            scheduler.scheduleWithFixedDelay(this::reencryptSafely, 30, 600, TimeUnit.SECONDS);
        }
    }

    void reencryptSafely() {
        try {
            long total = 0;
            for (int done = BATCH; done > 0; total += done) {
                done = unitOfWork.inTransaction(() -> reencryption.reencryptBatch(BATCH));
            }
            if (total > 0) {
                long moved = total;
                LOG.info(() -> "Re-encrypted the signing secrets of " + moved + " endpoints under the current"
                        + " secret-encryption key");
            } else if (!toldNoneIsLeft) {
                toldNoneIsLeft = true;
                LOG.info("No stored signing secret is left under the previous secret-encryption keys. Once every"
                        + " server runs with the current key, remove them (SIGNALS_SECRET_ENCRYPTION_PREVIOUS_KEYS)");
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            // A periodic task that throws is never run again: catch everything, the next run goes on.
            LOG.log(Level.WARNING, "Re-encrypting signing secrets failed; batches committed before stay done, the"
                    + " next run in 10 min goes on", e);
        }
    }
}
