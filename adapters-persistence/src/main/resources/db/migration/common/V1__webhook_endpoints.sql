-- Webhook endpoints: a user's receivers. The "primary" one backs the original /api/webhooks/config API.
-- Runs unchanged on MariaDB and on the embedded H2 (MariaDB mode); vendor-specific SQL goes to db/migration/{vendor}.
CREATE TABLE webhook_endpoint (
    id               CHAR(36)      NOT NULL,
    owner_id         VARCHAR(255)  NOT NULL,
    is_primary       BOOLEAN       NOT NULL,
    -- owner_id when is_primary, else NULL: the unique index below allows one primary endpoint per user,
    -- even when two requests race to create it.
    primary_owner_id VARCHAR(255)  NULL,
    url              VARCHAR(2048) NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    enabled_events   VARCHAR(1024) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_webhook_endpoint PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ux_webhook_endpoint_primary_owner ON webhook_endpoint (primary_owner_id);
CREATE INDEX ix_webhook_endpoint_owner ON webhook_endpoint (owner_id, created_at);
