package com.roleready.retention.application.port.out;

/** Counts purged rows by kind, for operators. */
public interface PurgeMetricsPort {

    void purged(PurgedKind kind, long rows);

    enum PurgedKind {
        DELIVERY("delivery"), DELIVERY_ATTEMPT("delivery_attempt"), EVENT("event"), TEST_RESULT("test_result");

        private final String wireName;

        PurgedKind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
