package com.roleready.experimentation.domain;

import com.roleready.shared.domain.ConflictException;
import com.roleready.shared.domain.DomainValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * All variants of one operation, archived ones included, and the rules that span them: labels are
 * unique, there is exactly one control once any variant exists, the control cannot be deleted and
 * promotion swaps the control in one step. Methods return the variants they changed, so that the
 * caller saves exactly those in one transaction.
 */
public final class Experiment {

    private final Operation operation;
    private final List<PromptVariant> variants;

    public Experiment(Operation operation, List<PromptVariant> variants) {
        this.operation = operation;
        this.variants = new ArrayList<>(variants);
        if (variants.stream().anyMatch(v -> v.operation() != operation)) {
            throw new IllegalArgumentException("every variant must belong to " + operation.wireName());
        }
    }

    /**
     * Adds a variant. The first variant of an operation becomes its control whatever was asked; a
     * second control is refused, because only promotion may move the control.
     */
    public PromptVariant add(UUID id, VariantDraft draft, boolean asControl, String by, Instant now) {
        requireSameOperation(draft);
        requireUniqueLabel(draft.label(), id);
        Optional<PromptVariant> currentControl = control();
        if (asControl && currentControl.isPresent()) {
            throw new ConflictException(operation.wireName() + " already has a control (variant "
                    + currentControl.get().label() + "); promote a variant to make it the control");
        }
        if (currentControl.isEmpty() && !draft.active()) {
            throw new DomainValidationException("isActive", "the first variant of " + operation.wireName()
                    + " becomes its control and must be active");
        }
        PromptVariant variant = PromptVariant.create(id, draft, currentControl.isEmpty(), by, now);
        variants.add(variant);
        return variant;
    }

    public PromptVariant revise(UUID id, VariantDraft draft, Boolean asControl, String by, Instant now) {
        PromptVariant variant = require(id);
        requireUniqueLabel(draft.label(), id);
        if (asControl != null && asControl != variant.isControl()) {
            throw new ConflictException(asControl
                    ? "use POST /api/ab-testing/promote/{id} to make a variant the control"
                    : "the control cannot be unset; promote another variant instead");
        }
        variant.revise(draft, by, now);
        return variant;
    }

    /** Makes the variant the control and demotes the old one; returns both (demoted first). */
    public List<PromptVariant> promote(UUID id, String by, Instant now) {
        PromptVariant next = require(id);
        if (next.isControl()) {
            return List.of();
        }
        Optional<PromptVariant> previous = control();
        // Promote first: it refuses an inactive or archived variant, and must do so before the old control is
        // demoted, or the refusal would leave the operation without a control.
        next.promote(by, now);
        List<PromptVariant> changed = new ArrayList<>();
        previous.ifPresent(old -> {
            old.demote(by, now);
            changed.add(old);
        });
        changed.add(next);
        return changed;
    }

    /**
     * Deletes a variant without results; archives one with results (they are never lost).
     * The control can be neither.
     */
    public Removal remove(UUID id, boolean hasResults, String by, Instant now) {
        PromptVariant variant = require(id);
        if (variant.isControl()) {
            throw new ConflictException("variant " + variant.label() + " is the control of " + operation.wireName()
                    + " and cannot be deleted; promote another variant first");
        }
        if (hasResults) {
            variant.archive(by, now);
            return Removal.ARCHIVED;
        }
        variants.remove(variant);
        return Removal.DELETED;
    }

    /** The variants assignments may hand out, in a stable order (by label). */
    public List<PromptVariant> assignable() {
        return variants.stream().filter(PromptVariant::isAssignable)
                .sorted(Comparator.comparing(PromptVariant::label)).toList();
    }

    /** Every variant not archived, control first, then by label. */
    public List<PromptVariant> current() {
        return variants.stream().filter(v -> !v.isArchived())
                .sorted(Comparator.comparing((PromptVariant v) -> !v.isControl()).thenComparing(PromptVariant::label))
                .toList();
    }

    public Optional<PromptVariant> control() {
        return variants.stream().filter(PromptVariant::isControl).findFirst();
    }

    public Optional<PromptVariant> find(UUID id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Operation operation() {
        return operation;
    }

    public List<PromptVariant> all() {
        return List.copyOf(variants);
    }

    private PromptVariant require(UUID id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("variant " + id + " is not part of "
                + operation.wireName()));
    }

    private void requireSameOperation(VariantDraft draft) {
        if (draft.operation() != operation) {
            throw new IllegalArgumentException("draft of " + draft.operation() + " added to " + operation);
        }
    }

    /** Archived variants keep their label: results stay attributable to exactly one label. */
    private void requireUniqueLabel(String label, UUID self) {
        variants.stream().filter(v -> v.label().equalsIgnoreCase(label) && !v.id().equals(self)).findFirst()
                .ifPresent(other -> {
                    throw new ConflictException(operation.wireName() + " already has a variant labelled "
                            + other.label() + (other.isArchived() ? " (archived)" : ""));
                });
    }

    public enum Removal { DELETED, ARCHIVED }
}
