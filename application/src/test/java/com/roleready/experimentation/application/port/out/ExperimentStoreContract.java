package com.roleready.experimentation.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.experimentation.domain.DurationHistogram;
import com.roleready.experimentation.domain.Experiment;
import com.roleready.experimentation.domain.Operation;
import com.roleready.experimentation.domain.PromptVariant;
import com.roleready.experimentation.domain.TestResult;
import com.roleready.experimentation.domain.VariantAggregate;
import com.roleready.experimentation.domain.VariantDraft;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every implementation of the experimentation ports must show: run against the
 * in-memory fake here and against the JPA adapters on the embedded database and on MariaDB. Every
 * test starts from an empty store (there are only four operations to share).
 */
public abstract class ExperimentStoreContract {

    /** Microseconds at most: DATETIME(6) keeps no more. */
    protected static final Instant T0 = Instant.parse("2026-12-03T10:15:30.123456Z").truncatedTo(ChronoUnit.MICROS);

    protected abstract LoadExperimentPort load();

    protected abstract SaveVariantPort saveVariant();

    protected abstract SaveTestResultPort results();

    protected abstract VariantAggregatesPort aggregates();

    protected abstract PurgeTestResultsPort purge();

    /** Runs the work the way production does: inside one transaction, reading what is stored. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    /** The result as stored (the port offers no way to read results back). */
    protected abstract Optional<TestResult> storedResult(UUID id);

    protected void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    protected static PromptVariant variant(Operation operation, String label, boolean control) {
        return variant(UUID.randomUUID(), operation, label, control);
    }

    protected static PromptVariant variant(UUID id, Operation operation, String label, boolean control) {
        VariantDraft draft = new VariantDraft(operation, label, "Variant " + label, "Tailor the resume: {{input}}",
                true, null);
        return PromptVariant.rehydrate(id, draft, control, false, T0, "admin@example.com", T0, "admin@example.com");
    }

    protected PromptVariant stored(PromptVariant variant) {
        run(() -> saveVariant().saveNew(variant));
        return variant;
    }

    protected static TestResult result(UUID variantId, Operation operation, boolean success, Double quality,
                                       long durationMs) {
        return new TestResult(UUID.randomUUID(), variantId, operation, "user-1", success, quality, durationMs, 1200,
                0.0042, null, null, T0);
    }

    protected static TestResult resultAt(UUID variantId, Operation operation, boolean success, Instant recordedAt) {
        return new TestResult(UUID.randomUUID(), variantId, operation, "user-1", success, success ? 80.0 : null, 900,
                1200, 0.0042, null, null, recordedAt);
    }

    private PromptVariant reloaded(UUID id) {
        return inTransaction(() -> load().loadVariant(id)).orElseThrow();
    }

    @Test
    void aVariantIsLoadedBackWithEveryField() {
        PromptVariant control = stored(variant(Operation.TAILORING, "A", true));
        PromptVariant archived = stored(PromptVariant.rehydrate(UUID.randomUUID(),
                new VariantDraft(Operation.TAILORING, "b-2.x", "Gr\u00fc\u00dfe \ud83d\ude00 variant",
                        largestPrompt(), false, 2.5),
                false, true, T0.minusSeconds(60), "creator", T0.plusMillis(1), "archiver"));

        assertThat(reloaded(control.id())).usingRecursiveComparison().isEqualTo(control);
        assertThat(reloaded(archived.id())).usingRecursiveComparison().isEqualTo(archived);
        assertThat(reloaded(control.id()).draft().weight()).isNull();
    }

    /** The longest prompt allowed, in 3-byte characters: about 300 KB of UTF-8. */
    private static String largestPrompt() {
        String start = "Quote \"{{input}}\"\n\ud83d\ude00 ";
        return start + "\u4e2d".repeat(VariantDraft.MAX_PROMPT_LENGTH - start.length());
    }

    @Test
    void anUnknownVariantIsNotFound() {
        assertThat(inTransaction(() -> load().loadVariant(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anOperationWithoutVariantsLoadsAsAnEmptyExperiment() {
        stored(variant(Operation.TAILORING, "A", true));

        Experiment experiment = inTransaction(() -> load().load(Operation.SKILL_EXTRACTION));
        Experiment locked = inTransaction(() -> load().loadForUpdate(Operation.SKILL_EXTRACTION));

        assertThat(experiment.operation()).isEqualTo(Operation.SKILL_EXTRACTION);
        assertThat(experiment.all()).isEmpty();
        assertThat(locked.operation()).isEqualTo(Operation.SKILL_EXTRACTION);
        assertThat(locked.all()).isEmpty();
    }

    @Test
    void loadingAnOperationReturnsAllItsVariantsArchivedOnesIncludedAndNoOthers() {
        PromptVariant control = stored(variant(Operation.ATS_ANALYSIS, "A", true));
        PromptVariant other = stored(variant(Operation.ATS_ANALYSIS, "B", false));
        stored(variant(Operation.CONTENT_GENERATION, "A", true));
        archive(other);

        Experiment experiment = inTransaction(() -> load().load(Operation.ATS_ANALYSIS));
        Experiment locked = inTransaction(() -> load().loadForUpdate(Operation.ATS_ANALYSIS));

        for (Experiment loaded : List.of(experiment, locked)) {
            assertThat(loaded.all()).extracting(PromptVariant::id).containsExactlyInAnyOrder(control.id(), other.id());
            assertThat(loaded.find(other.id()).orElseThrow().isArchived()).isTrue();
            assertThat(loaded.control().orElseThrow().id()).isEqualTo(control.id());
        }
    }

    private void archive(PromptVariant variant) {
        run(() -> {
            Experiment experiment = load().loadForUpdate(variant.operation());
            assertThat(experiment.remove(variant.id(), true, "admin", T0.plusSeconds(5)))
                    .isEqualTo(Experiment.Removal.ARCHIVED);
            saveVariant().update(experiment.find(variant.id()).orElseThrow());
        });
    }

    @Test
    void loadAllReturnsTheVariantsOfEveryOperationArchivedOnesIncluded() {
        PromptVariant tailoring = stored(variant(Operation.TAILORING, "A", true));
        PromptVariant archived = stored(variant(Operation.TAILORING, "B", false));
        PromptVariant skills = stored(variant(Operation.SKILL_EXTRACTION, "A", true));
        archive(archived);

        assertThat(inTransaction(() -> load().loadAll())).extracting(PromptVariant::id)
                .containsExactlyInAnyOrder(tailoring.id(), archived.id(), skills.id());
    }

    @Test
    void anUpdateWritesTheVariantsNewState() {
        stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));

        PromptVariant revised = inTransaction(() -> {
            Experiment experiment = load().loadForUpdate(Operation.TAILORING);
            PromptVariant changed = experiment.revise(b.id(), new VariantDraft(Operation.TAILORING, "b2",
                    "Renamed", "A better prompt", false, 0.25), null, "editor", T0.plusSeconds(30));
            saveVariant().update(changed);
            return changed;
        });

        PromptVariant loaded = reloaded(b.id());
        assertThat(loaded).usingRecursiveComparison().isEqualTo(revised);
        assertThat(loaded.label()).isEqualTo("b2");
        assertThat(loaded.draft().active()).isFalse();
        assertThat(loaded.draft().weight()).isEqualTo(0.25);
        assertThat(loaded.updatedBy()).isEqualTo("editor");
        assertThat(loaded.updatedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(loaded.createdAt()).isEqualTo(T0);
    }

    /**
     * The new control's id sorts before the old one's on purpose: a store that wrote one
     * transaction's changes ordered by id, rather than in call order, would set the new control
     * before clearing the old one and hit the one-control rule.
     */
    @Test
    void aPromotionWrittenInCallOrderLeavesExactlyOneControl() {
        PromptVariant oldControl = stored(variant(idSorting("ffffffff"), Operation.CONTENT_GENERATION, "A", true));
        PromptVariant next = stored(variant(idSorting("00000000"), Operation.CONTENT_GENERATION, "B", false));

        run(() -> {
            Experiment experiment = load().loadForUpdate(Operation.CONTENT_GENERATION);
            List<PromptVariant> changed = experiment.promote(next.id(), "admin", T0.plusSeconds(60));
            assertThat(changed).extracting(PromptVariant::id).containsExactly(oldControl.id(), next.id());
            changed.forEach(saveVariant()::update);
        });

        Experiment after = inTransaction(() -> load().load(Operation.CONTENT_GENERATION));
        assertThat(after.all()).filteredOn(PromptVariant::isControl).extracting(PromptVariant::id)
                .containsExactly(next.id());
        assertThat(after.find(oldControl.id()).orElseThrow().updatedAt()).isEqualTo(T0.plusSeconds(60));
    }

    private static UUID idSorting(String first8HexDigits) {
        return UUID.fromString(first8HexDigits + UUID.randomUUID().toString().substring(8));
    }

    @Test
    void aSecondControlOfAnOperationIsRefusedWhetherNewOrPromotedOutOfOrder() {
        PromptVariant control = stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));
        PromptVariant promotedFirst = PromptVariant.rehydrate(b.id(), b.draft(), true, false, b.createdAt(),
                b.createdBy(), T0.plusSeconds(1), "admin");

        assertThatThrownBy(() -> stored(variant(Operation.TAILORING, "C", true))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> run(() -> saveVariant().update(promotedFirst))).isInstanceOf(RuntimeException.class);

        assertThat(inTransaction(() -> load().load(Operation.TAILORING)).all()).filteredOn(PromptVariant::isControl)
                .extracting(PromptVariant::id).containsExactly(control.id());
    }

    @Test
    void everyOperationHasAControlOfItsOwn() {
        for (Operation operation : Operation.values()) {
            stored(variant(operation, "A", true));
        }

        assertThat(inTransaction(() -> load().loadAll())).filteredOn(PromptVariant::isControl).hasSize(4);
    }

    @Test
    void labelsAreUniquePerOperationIgnoringCase() {
        stored(variant(Operation.TAILORING, "Alpha", true));

        assertThatThrownBy(() -> stored(variant(Operation.TAILORING, "aLPHA", false)))
                .isInstanceOf(RuntimeException.class);
        stored(variant(Operation.ATS_ANALYSIS, "alpha", true));
        stored(variant(Operation.TAILORING, "Alpha2", false));

        assertThat(inTransaction(() -> load().load(Operation.TAILORING)).all()).extracting(PromptVariant::label)
                .containsExactlyInAnyOrder("Alpha", "Alpha2");
    }

    @Test
    void deletingAVariantRemovesItAndItsAggregate() {
        stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));
        VariantAggregate counted = VariantAggregate.empty(b.id());
        counted.record(result(b.id(), Operation.TAILORING, true, 80.0, 900));
        run(() -> aggregates().save(counted));

        run(() -> saveVariant().delete(b.id()));

        assertThat(inTransaction(() -> load().loadVariant(b.id()))).isEmpty();
        assertThat(inTransaction(() -> load().load(Operation.TAILORING)).find(b.id())).isEmpty();
        assertThat(inTransaction(() -> aggregates().load(List.of(b.id()))).get(b.id()).count()).isZero();
        assertThatThrownBy(() -> run(() -> aggregates().lockForUpdate(b.id())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aVariantWithResultsCannotBeDeleted() {
        stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));
        run(() -> results().save(result(b.id(), Operation.TAILORING, false, null, 10)));

        assertThatThrownBy(() -> run(() -> saveVariant().delete(b.id()))).isInstanceOf(RuntimeException.class);

        assertThat(inTransaction(() -> load().loadVariant(b.id()))).isPresent();
        assertThat(inTransaction(() -> results().anyFor(b.id()))).isTrue();
    }

    @Test
    void aNewVariantStartsWithAnEmptyAggregate() {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));

        VariantAggregate locked = inTransaction(() -> aggregates().lockForUpdate(a.id()));

        assertThat(locked.variantId()).isEqualTo(a.id());
        assertThat(locked.totals()).usingRecursiveComparison().isEqualTo(new VariantAggregate.Totals());
        assertThat(locked.encodedDurations()).isEmpty();
    }

    /** Every total differs from every other, so that a mapping mixing up two fields cannot pass. */
    @Test
    void anAggregateRoundTripsEveryTotalAndTheHistogram() {
        PromptVariant a = stored(variant(Operation.ATS_ANALYSIS, "A", true));
        VariantAggregate.Totals totals = new VariantAggregate.Totals();
        totals.count = 401;
        totals.successes = 233;
        totals.rewardSum = 187.30000000000001;
        totals.qualityCount = 199;
        totals.qualitySum = 0.1 + 0.2;
        totals.qualitySumSquares = 1.2345678901234567E6;
        totals.durationSum = 98_765.4321;
        totals.durationSumSquares = 3.3333333333333335E10;
        totals.tokensSum = 480_120.5;
        totals.tokensSumSquares = 7.000000000000001E11;
        totals.costSum = 1.6839999999999997;
        totals.costSumSquares = Math.PI / 1000;
        VariantAggregate aggregate = VariantAggregate.rehydrate(a.id(), totals,
                DurationHistogram.decode("0:3,17:5,80:101,216:9"));
        run(() -> aggregates().save(aggregate));

        VariantAggregate locked = inTransaction(() -> aggregates().lockForUpdate(a.id()));
        VariantAggregate loaded = inTransaction(() -> aggregates().load(List.of(a.id()))).get(a.id());

        for (VariantAggregate back : List.of(locked, loaded)) {
            assertThat(back.variantId()).isEqualTo(a.id());
            assertThat(back.totals()).usingRecursiveComparison().isEqualTo(totals);
            assertThat(back.encodedDurations()).isEqualTo("0:3,17:5,80:101,216:9");
        }
    }

    @Test
    void recordingOnALockedAggregateAddsUpAcrossTransactions() {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));
        List<TestResult> recorded = List.of(result(a.id(), Operation.TAILORING, true, 90.0, 1500),
                result(a.id(), Operation.TAILORING, false, null, 40), result(a.id(), Operation.TAILORING, true, null, 0));
        VariantAggregate expected = VariantAggregate.empty(a.id());

        for (TestResult r : recorded) {
            expected.record(r);
            run(() -> {
                results().save(r);
                VariantAggregate locked = aggregates().lockForUpdate(a.id());
                locked.record(r);
                aggregates().save(locked);
            });
        }

        VariantAggregate loaded = inTransaction(() -> aggregates().load(List.of(a.id()))).get(a.id());
        assertThat(loaded.totals()).usingRecursiveComparison().isEqualTo(expected.totals());
        assertThat(loaded.encodedDurations()).isEqualTo(expected.encodedDurations());
        assertThat(loaded.count()).isEqualTo(3);
    }

    @Test
    void loadingAggregatesYieldsAnEmptyOneForEveryVariantWithoutARow() {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));
        VariantAggregate counted = VariantAggregate.empty(a.id());
        counted.record(result(a.id(), Operation.TAILORING, true, 70.0, 300));
        run(() -> aggregates().save(counted));
        UUID unknown = UUID.randomUUID();

        Map<UUID, VariantAggregate> loaded = inTransaction(() -> aggregates().load(List.of(a.id(), unknown)));

        assertThat(loaded).containsOnlyKeys(a.id(), unknown);
        assertThat(loaded.get(a.id()).count()).isEqualTo(1);
        assertThat(loaded.get(unknown).variantId()).isEqualTo(unknown);
        assertThat(loaded.get(unknown).count()).isZero();
        assertThat(inTransaction(() -> aggregates().load(List.of()))).isEmpty();
    }

    @Test
    void lockingTheAggregateOfAnUnknownVariantFails() {
        assertThatThrownBy(() -> run(() -> aggregates().lockForUpdate(UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aVariantHasResultsOnlyOnceOneIsSaved() {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));

        assertThat(inTransaction(() -> results().anyFor(a.id()))).isFalse();
        run(() -> results().save(result(a.id(), Operation.TAILORING, true, 50.0, 10)));

        assertThat(inTransaction(() -> results().anyFor(a.id()))).isTrue();
        assertThat(inTransaction(() -> results().anyFor(b.id()))).isFalse();
    }

    @Test
    void aSavedResultIsStoredWithEveryField() {
        PromptVariant a = stored(variant(Operation.SKILL_EXTRACTION, "A", true));
        TestResult full = new TestResult(UUID.randomUUID(), a.id(), Operation.SKILL_EXTRACTION, "Alice@Example.com",
                true, 87.5, 1234, 5678, 0.0123, "ab".repeat(32), "{\"skills\":12,\"note\":\"gr\u00fc\u00df \ud83d\ude00\"}",
                T0.plusMillis(7));
        TestResult sparse = new TestResult(UUID.randomUUID(), a.id(), Operation.SKILL_EXTRACTION, "bob", false, null,
                0, 0, 0, null, null, T0);

        run(() -> {
            results().save(full);
            results().save(sparse);
        });

        assertThat(storedResult(full.id())).contains(full);
        assertThat(storedResult(sparse.id())).contains(sparse);
    }

    @Test
    void aResultOfAnUnknownVariantIsRefused() {
        TestResult orphan = result(UUID.randomUUID(), Operation.TAILORING, true, null, 1);

        assertThatThrownBy(() -> run(() -> results().save(orphan))).isInstanceOf(RuntimeException.class);
        assertThat(storedResult(orphan.id())).isEmpty();
    }

    @Test
    void purgingDeletesOnlyResultsRecordedBeforeTheCutoffAndLeavesTheAggregatesAlone() {
        PromptVariant a = stored(variant(Operation.TAILORING, "A", true));
        PromptVariant b = stored(variant(Operation.TAILORING, "B", false));
        Instant cutoff = T0.plusSeconds(3600);
        TestResult oldA = resultAt(a.id(), Operation.TAILORING, true, cutoff.minusSeconds(86_400));
        TestResult oldB = resultAt(b.id(), Operation.TAILORING, false, cutoff.minusNanos(1_000));
        TestResult atCutoff = resultAt(a.id(), Operation.TAILORING, true, cutoff);
        TestResult recent = resultAt(b.id(), Operation.TAILORING, true, cutoff.plusSeconds(60));
        VariantAggregate totalsA = VariantAggregate.empty(a.id());
        run(() -> {
            for (TestResult r : List.of(oldA, oldB, atCutoff, recent)) {
                results().save(r);
            }
            totalsA.record(oldA);
            totalsA.record(atCutoff);
            aggregates().save(totalsA);
        });

        assertThat(inTransaction(() -> purge().deleteRecordedBefore(cutoff, 100))).isEqualTo(2);

        assertThat(storedResult(oldA.id())).isEmpty();
        assertThat(storedResult(oldB.id())).isEmpty();
        assertThat(storedResult(atCutoff.id())).isPresent();
        assertThat(storedResult(recent.id())).isPresent();
        VariantAggregate after = inTransaction(() -> aggregates().load(List.of(a.id()))).get(a.id());
        assertThat(after.count()).isEqualTo(2);
        assertThat(after.encodedDurations()).isEqualTo(totalsA.encodedDurations());
        assertThat(inTransaction(() -> purge().deleteRecordedBefore(cutoff, 100))).isZero();
    }

    @Test
    void purgingDeletesAtMostTheBatchSize() {
        PromptVariant a = stored(variant(Operation.SKILL_EXTRACTION, "A", true));
        run(() -> {
            for (int i = 0; i < 5; i++) {
                results().save(resultAt(a.id(), Operation.SKILL_EXTRACTION, true, T0.plusSeconds(i)));
            }
        });
        Instant cutoff = T0.plusSeconds(60);

        assertThat(inTransaction(() -> purge().deleteRecordedBefore(cutoff, 2))).isEqualTo(2);
        assertThat(inTransaction(() -> purge().deleteRecordedBefore(cutoff, 2))).isEqualTo(2);
        assertThat(inTransaction(() -> purge().deleteRecordedBefore(cutoff, 2))).isEqualTo(1);
        assertThat(inTransaction(() -> results().anyFor(a.id()))).isFalse();
    }

    @Test
    void aVariantWhoseResultRowsWerePurgedCanBeDeletedByTheStoreSoTheServiceMustAskTheAggregate() {
        stored(variant(Operation.ATS_ANALYSIS, "A", true));
        PromptVariant b = stored(variant(Operation.ATS_ANALYSIS, "B", false));
        TestResult old = resultAt(b.id(), Operation.ATS_ANALYSIS, true, T0);
        run(() -> {
            results().save(old);
            VariantAggregate counted = aggregates().lockForUpdate(b.id());
            counted.record(old);
            aggregates().save(counted);
        });

        run(() -> purge().deleteRecordedBefore(T0.plusSeconds(1), 100));

        assertThat(inTransaction(() -> results().anyFor(b.id()))).isFalse();
        assertThat(inTransaction(() -> aggregates().lockForUpdate(b.id())).count()).isEqualTo(1);
    }
}
