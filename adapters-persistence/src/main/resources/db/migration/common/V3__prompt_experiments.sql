-- Prompt A/B testing (bounded context experimentation): the operations, their prompt variants, each variant's
-- running aggregate and the recorded test results.
-- Runs unchanged on MariaDB and on the embedded H2 (MariaDB mode). The table options pin InnoDB (row locks and
-- foreign keys; another engine would silently ignore both), utf8mb4 (prompts are arbitrary Unicode) and a binary
-- collation (ids, operations and user ids compare exactly); H2 accepts and ignores them and compares exactly anyway.

-- One row per operation, never changed: LoadExperimentPort.loadForUpdate locks it (SELECT ... FOR UPDATE), so that
-- admin writers on one operation serialise even while it has no variant to lock yet.
CREATE TABLE experiment_operation (
    operation VARCHAR(32) NOT NULL,
    CONSTRAINT pk_experiment_operation PRIMARY KEY (operation)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO experiment_operation (operation) VALUES ('tailoring');
INSERT INTO experiment_operation (operation) VALUES ('ats_analysis');
INSERT INTO experiment_operation (operation) VALUES ('content_generation');
INSERT INTO experiment_operation (operation) VALUES ('skill_extraction');

CREATE TABLE prompt_variant (
    id          CHAR(36)     NOT NULL,
    operation   VARCHAR(32)  NOT NULL,
    label       VARCHAR(32)  NOT NULL,
    -- The label lower-cased (labels are ASCII): the unique index below makes labels unique per operation ignoring
    -- case, as the domain checks, also when two admins race.
    label_key   VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    -- Up to 100 000 characters, i.e. up to 400 000 bytes of UTF-8: more than TEXT holds.
    prompt      MEDIUMTEXT   NOT NULL,
    active      BOOLEAN      NOT NULL,
    is_control  BOOLEAN      NOT NULL,
    -- The operation when is_control, else NULL: the unique index below allows one control per operation (NULLs
    -- never collide), so a promotion written in the wrong order fails instead of leaving two controls.
    control_of  VARCHAR(32)  NULL,
    archived    BOOLEAN      NOT NULL,
    -- The static traffic weight; NULL means the default weight 1.
    weight      DOUBLE       NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_prompt_variant PRIMARY KEY (id),
    -- The derived columns cannot drift from what they are derived from. (A CHECK passes when its expression is
    -- NULL, hence the explicit IS NOT NULL.)
    CONSTRAINT ck_prompt_variant_label_key CHECK (label_key = LOWER(label)),
    CONSTRAINT ck_prompt_variant_control_of CHECK (
        (is_control = TRUE AND control_of IS NOT NULL AND control_of = operation)
        OR (is_control = FALSE AND control_of IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Also serves loading an operation's variants, and backs the foreign key below (indexes first, then the foreign keys:
-- MariaDB then uses an existing index instead of adding its own).
CREATE UNIQUE INDEX ux_prompt_variant_label ON prompt_variant (operation, label_key);
CREATE UNIQUE INDEX ux_prompt_variant_control ON prompt_variant (control_of);
ALTER TABLE prompt_variant ADD CONSTRAINT fk_prompt_variant_operation
    FOREIGN KEY (operation) REFERENCES experiment_operation (operation);

-- A variant's running totals, updated under a row lock in the transaction that records each result, so that the
-- results read one row per variant whatever the number of results. Created with the variant.
CREATE TABLE variant_aggregate (
    variant_id           CHAR(36) NOT NULL,
    result_count         BIGINT   NOT NULL,
    successes            BIGINT   NOT NULL,
    reward_sum           DOUBLE   NOT NULL,
    quality_count        BIGINT   NOT NULL,
    quality_sum          DOUBLE   NOT NULL,
    quality_sum_squares  DOUBLE   NOT NULL,
    duration_sum         DOUBLE   NOT NULL,
    duration_sum_squares DOUBLE   NOT NULL,
    tokens_sum           DOUBLE   NOT NULL,
    tokens_sum_squares   DOUBLE   NOT NULL,
    cost_sum             DOUBLE   NOT NULL,
    cost_sum_squares     DOUBLE   NOT NULL,
    -- DurationHistogram.encode(): "bucket:count,..." of its at most 217 non-empty buckets (a few KiB at most).
    duration_histogram   TEXT     NOT NULL,
    CONSTRAINT pk_variant_aggregate PRIMARY KEY (variant_id),
    CONSTRAINT fk_variant_aggregate_variant FOREIGN KEY (variant_id) REFERENCES prompt_variant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One AI call's outcome. There is deliberately no column for the raw input: it holds resumes (personal data); only
-- its SHA-256 is kept, for grouping similar inputs.
CREATE TABLE experiment_test_result (
    id             CHAR(36)     NOT NULL,
    variant_id     CHAR(36)     NOT NULL,
    operation      VARCHAR(32)  NOT NULL,
    user_id        VARCHAR(255) NOT NULL,
    success        BOOLEAN      NOT NULL,
    quality_score  DOUBLE       NULL,
    duration_ms    BIGINT       NOT NULL,
    tokens_used    BIGINT       NOT NULL,
    cost_usd       DOUBLE       NOT NULL,
    -- Lower-case hex SHA-256 of the canonical input, or NULL.
    input_hash     CHAR(64)     NULL,
    -- A JSON object as text, up to 16 Ki characters (up to 64 KiB of UTF-8: one byte more than TEXT holds).
    output_metrics MEDIUMTEXT   NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_experiment_test_result PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_experiment_test_result_variant ON experiment_test_result (variant_id, recorded_at);
CREATE INDEX ix_experiment_test_result_operation ON experiment_test_result (operation, recorded_at);
CREATE INDEX ix_experiment_test_result_input ON experiment_test_result (input_hash);
-- No ON DELETE CASCADE: a variant with results is archived, never deleted, so deleting one must fail.
ALTER TABLE experiment_test_result ADD CONSTRAINT fk_experiment_test_result_variant
    FOREIGN KEY (variant_id) REFERENCES prompt_variant (id);
ALTER TABLE experiment_test_result ADD CONSTRAINT fk_experiment_test_result_operation
    FOREIGN KEY (operation) REFERENCES experiment_operation (operation);
