-- Webhook delivery: the endpoint's retry policy, encrypted signing secrets and disabled reason; published events;
-- the durable delivery outbox with its lease; and the log of every HTTP attempt.
-- Runs unchanged on MariaDB and on the embedded H2 (MariaDB mode). The table options pin utf8mb4 (payloads and
-- response snippets are arbitrary Unicode) and a binary collation (owner ids, idempotency keys and tokens compare
-- exactly, as JWT subjects do); H2 accepts and ignores them and compares exactly anyway.

-- Endpoints from V1 get the default retry policy (1 s, 5 s, 15 s; the application writes the value on every save).
ALTER TABLE webhook_endpoint ADD COLUMN retry_delays_seconds VARCHAR(255) DEFAULT '1,5,15' NOT NULL;
-- Signing secrets, encrypted by the application (AES-GCM, "<keyId>:<base64(iv || ciphertext)>"); never plaintext.
-- NULL only in rows written before V2: the persistence adapter generates, encrypts and stores a fresh secret when it
-- first loads such a row (the owner regenerates it to learn it). The application never writes NULL here.
ALTER TABLE webhook_endpoint ADD COLUMN secret_current VARCHAR(512) NULL;
-- The previous secret and the end of its overlap window during a rotation; both NULL, or both set.
ALTER TABLE webhook_endpoint ADD COLUMN secret_previous VARCHAR(512) NULL;
ALTER TABLE webhook_endpoint ADD COLUMN secret_previous_valid_until DATETIME(6) NULL;
-- Why the service switched the endpoint off by itself (e.g. 410 Gone); NULL otherwise.
ALTER TABLE webhook_endpoint ADD COLUMN disabled_reason VARCHAR(255) NULL;

-- A published event; (owner_id, idempotency_key) makes a repeated publish find the first one's receipt.
CREATE TABLE webhook_event (
    id              CHAR(36)     NOT NULL,
    owner_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    -- The event's data object as JSON text (at most 256 KiB of UTF-8).
    data            MEDIUMTEXT   NOT NULL,
    idempotency_key VARCHAR(200) NULL,
    delivery_count  INT          NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_webhook_event PRIMARY KEY (id),
    CONSTRAINT ux_webhook_event_idempotency UNIQUE (owner_id, idempotency_key)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One event on its way to one endpoint. No foreign keys to webhook_endpoint or webhook_event: a delivery and its log
-- outlive a deleted endpoint, and test sends have no event row.
CREATE TABLE webhook_delivery (
    id               CHAR(36)      NOT NULL,
    event_id         CHAR(36)      NOT NULL,
    endpoint_id      CHAR(36)      NOT NULL,
    owner_id         VARCHAR(255)  NOT NULL,
    event_type       VARCHAR(64)   NOT NULL,
    -- The exact body sent on every attempt: the event data (up to 256 KiB) inside the {id, type, timestamp} envelope.
    payload          MEDIUMTEXT    NOT NULL,
    -- PENDING, DELIVERED, FAILED or CANCELLED.
    state            VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    round_start      INT           NOT NULL,
    -- When the next attempt is due (NULL once final). A claim moves it to the end of the lease, so a delivery whose
    -- claimant died becomes due again by itself.
    next_attempt_at  DATETIME(6)   NULL,
    -- The current claim's random token; recording an attempt requires it, so a stale claimant writes nothing.
    lease_token      CHAR(36)      NULL,
    completed_at     DATETIME(6)   NULL,
    last_status_code INT           NULL,
    last_error       VARCHAR(1024) NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The dispatcher's due scan: state = 'PENDING' AND next_attempt_at <= now ORDER BY next_attempt_at.
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
-- The owner's log (newest first) and stats since a time.
CREATE INDEX ix_webhook_delivery_owner_created ON webhook_delivery (owner_id, created_at);
-- Cancelling an endpoint's pending deliveries.
CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, state);

-- One HTTP attempt. owner_id and started_at are copied from the delivery for the stats scan by owner and time.
CREATE TABLE webhook_delivery_attempt (
    id               CHAR(36)      NOT NULL,
    delivery_id      CHAR(36)      NOT NULL,
    owner_id         VARCHAR(255)  NOT NULL,
    attempt_no       INT           NOT NULL,
    started_at       DATETIME(6)   NOT NULL,
    duration_ms      BIGINT        NOT NULL,
    -- SUCCESS, HTTP_ERROR, REDIRECT, TIMEOUT, CONNECTION_FAILED or BLOCKED.
    outcome          VARCHAR(32)   NOT NULL,
    status_code      INT           NULL,
    error            VARCHAR(1024) NULL,
    -- The first 4 KiB of the response body as text: at most 4096 characters (utf8mb4 sizes them in characters).
    response_snippet VARCHAR(4096) NULL,
    -- The Location header of a redirect, which is never followed.
    location         VARCHAR(2048) NULL,
    CONSTRAINT pk_webhook_delivery_attempt PRIMARY KEY (id),
    -- Also serves loading a delivery's attempts in order.
    CONSTRAINT ux_webhook_delivery_attempt_no UNIQUE (delivery_id, attempt_no),
    CONSTRAINT fk_webhook_delivery_attempt_delivery FOREIGN KEY (delivery_id)
        REFERENCES webhook_delivery (id) ON DELETE CASCADE
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_webhook_delivery_attempt_owner_started ON webhook_delivery_attempt (owner_id, started_at);
