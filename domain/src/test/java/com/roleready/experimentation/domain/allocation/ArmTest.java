package com.roleready.experimentation.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArmTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-00000000000a");

    @Test
    void aFailureEarnsNothingASuccessItsQualityOrOne() {
        assertThat(Arm.reward(false, 95.0)).isZero();
        assertThat(Arm.reward(false, null)).isZero();
        assertThat(Arm.reward(true, null)).isEqualTo(1.0);
        assertThat(Arm.reward(true, 80.0)).isEqualTo(0.8);
        assertThat(Arm.reward(true, 0.0)).isZero();
    }

    @Test
    void withResultCountsTheTrialAndAddsTheReward() {
        Arm arm = Arm.of(ID).withResult(1).withResult(0).withResult(0.25);

        assertThat(arm.trials()).isEqualTo(3);
        assertThat(arm.rewardSum()).isEqualTo(1.25);
        assertThat(arm.withWeight(2.5).weight()).isEqualTo(2.5);
        assertThat(arm.withWeight(2.5).trials()).isEqualTo(3);
    }

    @Test
    void rejectsInvalidValuesNamingTheField() {
        assertField(() -> Arm.reward(true, 100.5), "qualityScore");
        assertField(() -> Arm.reward(true, Double.NaN), "qualityScore");
        assertField(() -> Arm.of(ID).withResult(1.5), "reward");
        assertField(() -> Arm.of(ID).withResult(Double.NaN), "reward");
        assertField(() -> Arm.weighted(ID, 0), "weight");
        assertField(() -> Arm.weighted(ID, Double.NaN), "weight");
        assertField(() -> Arm.weighted(ID, Double.POSITIVE_INFINITY), "weight");
        assertField(() -> new Arm(ID, 1, -1, 0), "trials");
        assertField(() -> new Arm(ID, 1, 2, 3), "rewardSum");
        assertField(() -> new Arm(ID, 1, 2, Double.NaN), "rewardSum");
        assertField(() -> Arm.of(null), "variantId");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
