package com.roleready.experimentation.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One seeded row per operation, never changed. Its only job is to be locked: writers of an operation
 * serialise on it, also while the operation has no variant whose row they could lock instead.
 */
@Entity
@Table(name = "experiment_operation")
class ExperimentOperationEntity {

    /** The operation's wire name, e.g. "ats_analysis". */
    @Id
    @Column(name = "operation", length = 32)
    private String operation;

    protected ExperimentOperationEntity() {
        // for JPA
    }

    String operation() {
        return operation;
    }
}
