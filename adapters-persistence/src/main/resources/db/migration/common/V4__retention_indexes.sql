-- Indexes for the retention purge (PurgeExpiredRecordsService): it deletes in small batches, and each batch must
-- find its rows through an index instead of scanning a table the dispatcher and the recorders keep writing to.
-- Runs unchanged on MariaDB and on the embedded H2 (MariaDB mode).

-- Final deliveries whose last change (completed_at) is older than the window. Pending deliveries have no
-- completed_at, so the range "completed_at < cutoff" never reaches them.
CREATE INDEX ix_webhook_delivery_completed ON webhook_delivery (completed_at);
-- "Does this event still have a delivery?": the purge keeps an event as long as one does.
CREATE INDEX ix_webhook_delivery_event ON webhook_delivery (event_id);
-- Events older than the window (and with it the idempotency keys they hold).
CREATE INDEX ix_webhook_event_created ON webhook_event (created_at);
-- Test result rows older than their window; the running aggregates are never purged.
CREATE INDEX ix_experiment_test_result_recorded ON experiment_test_result (recorded_at);
