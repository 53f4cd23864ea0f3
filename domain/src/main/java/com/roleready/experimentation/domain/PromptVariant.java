package com.roleready.experimentation.domain;

import com.roleready.shared.domain.ConflictException;
import com.roleready.shared.domain.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * One prompt competing for an operation. Exactly one variant per operation is the control, the
 * baseline every other variant is compared with. A variant with recorded results is archived
 * rather than deleted, so that its results are never lost.
 */
public final class PromptVariant {

    private final UUID id;
    private final Instant createdAt;
    private final String createdBy;
    private VariantDraft draft;
    private boolean control;
    private boolean archived;
    private Instant updatedAt;
    private String updatedBy;

    private PromptVariant(UUID id, VariantDraft draft, boolean control, boolean archived, Instant createdAt,
                          String createdBy, Instant updatedAt, String updatedBy) {
        this.id = Require.present(id, "id");
        this.draft = Require.present(draft, "variant");
        this.control = control;
        this.archived = archived;
        this.createdAt = Require.present(createdAt, "createdAt");
        this.createdBy = Require.notBlank(createdBy, "createdBy");
        this.updatedAt = Require.present(updatedAt, "updatedAt");
        this.updatedBy = Require.notBlank(updatedBy, "updatedBy");
    }

    static PromptVariant create(UUID id, VariantDraft draft, boolean control, String by, Instant now) {
        return new PromptVariant(id, draft, control, false, now, by, now, by);
    }

    /** Rebuilds a variant from storage; only the invariants are checked. */
    public static PromptVariant rehydrate(UUID id, VariantDraft draft, boolean control, boolean archived,
                                          Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        return new PromptVariant(id, draft, control, archived, createdAt, createdBy, updatedAt, updatedBy);
    }

    void revise(VariantDraft next, String by, Instant now) {
        requireNotArchived();
        if (next.operation() != draft.operation()) {
            throw new com.roleready.shared.domain.DomainValidationException("operation",
                    "a variant cannot move to another operation: its results belong to " + draft.operation().wireName());
        }
        if (control && !next.active()) {
            throw new ConflictException("the control of " + draft.operation().wireName()
                    + " cannot be deactivated; promote another variant first");
        }
        this.draft = next;
        touch(by, now);
    }

    void promote(String by, Instant now) {
        requireNotArchived();
        if (!draft.active()) {
            throw new ConflictException("variant " + draft.label() + " is inactive; activate it before promoting it");
        }
        this.control = true;
        touch(by, now);
    }

    void demote(String by, Instant now) {
        this.control = false;
        touch(by, now);
    }

    void archive(String by, Instant now) {
        this.archived = true;
        this.draft = new VariantDraft(draft.operation(), draft.label(), draft.name(), draft.prompt(), false,
                draft.weight());
        touch(by, now);
    }

    /** Whether assignments may hand this variant out. */
    public boolean isAssignable() {
        return draft.active() && !archived;
    }

    private void requireNotArchived() {
        if (archived) {
            throw new ConflictException("variant " + draft.label() + " is archived and can no longer change");
        }
    }

    private void touch(String by, Instant now) {
        this.updatedBy = Require.notBlank(by, "updatedBy");
        this.updatedAt = Require.present(now, "updatedAt");
    }

    public UUID id() {
        return id;
    }

    public VariantDraft draft() {
        return draft;
    }

    public Operation operation() {
        return draft.operation();
    }

    public String label() {
        return draft.label();
    }

    public boolean isControl() {
        return control;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
