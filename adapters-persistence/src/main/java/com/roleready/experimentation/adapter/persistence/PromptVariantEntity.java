package com.roleready.experimentation.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "prompt_variant")
@NamedQuery(name = PromptVariantEntity.FIND_OF_OPERATION,
        query = "SELECT v FROM PromptVariantEntity v WHERE v.operation = :operation ORDER BY v.label, v.id")
@NamedQuery(name = PromptVariantEntity.FIND_ALL,
        query = "SELECT v FROM PromptVariantEntity v ORDER BY v.operation, v.label, v.id")
class PromptVariantEntity {

    static final String FIND_OF_OPERATION = "PromptVariant.findOfOperation";
    static final String FIND_ALL = "PromptVariant.findAll";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The operation's wire name, e.g. "tailoring"; a variant never moves to another operation. */
    @Column(name = "operation", nullable = false, length = 32)
    private String operation;

    @Column(name = "label", nullable = false, length = 32)
    private String label;

    /** The label lower-cased; backs the unique index that makes labels unique per operation ignoring case. */
    @Column(name = "label_key", nullable = false, length = 32)
    private String labelKey;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Lob
    @Column(name = "prompt", nullable = false)
    private String prompt;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "is_control", nullable = false)
    private boolean control;

    /** The operation when this is its control, else null; backs the one-control-per-operation unique index. */
    @Column(name = "control_of", length = 32)
    private String controlOf;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "weight")
    private Double weight;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected PromptVariantEntity() {
        // for JPA
    }

    PromptVariantEntity(String id, String operation, Instant createdAt, String createdBy) {
        this.id = id;
        this.operation = operation;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Changes go through a method of the entity itself: EclipseLink's woven change tracking does not
     * see fields assigned from another class, and such an update would be lost. The derived columns
     * are set here, so they can never disagree with what they derive from.
     */
    void applyState(String newLabel, String newName, String newPrompt, boolean nowActive, boolean nowControl,
                    boolean nowArchived, Double newWeight, Instant newUpdatedAt, String newUpdatedBy) {
        this.label = newLabel;
        this.labelKey = newLabel.toLowerCase(Locale.ROOT);
        this.name = newName;
        this.prompt = newPrompt;
        this.active = nowActive;
        this.control = nowControl;
        this.controlOf = nowControl ? operation : null;
        this.archived = nowArchived;
        this.weight = newWeight;
        this.updatedAt = newUpdatedAt;
        this.updatedBy = newUpdatedBy;
    }

    String id() {
        return id;
    }

    String operation() {
        return operation;
    }

    String label() {
        return label;
    }

    String labelKey() {
        return labelKey;
    }

    String name() {
        return name;
    }

    String prompt() {
        return prompt;
    }

    boolean active() {
        return active;
    }

    boolean control() {
        return control;
    }

    String controlOf() {
        return controlOf;
    }

    boolean archived() {
        return archived;
    }

    Double weight() {
        return weight;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
