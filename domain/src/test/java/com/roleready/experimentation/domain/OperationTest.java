package com.roleready.experimentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OperationTest {

    @Test
    void theFourOperationsHaveTheirExactWireNames() {
        assertThat(Arrays.stream(Operation.values()).map(Operation::wireName))
                .containsExactly("tailoring", "ats_analysis", "content_generation", "skill_extraction");
    }

    @Test
    void parsesAWireNameAndRejectsAnUnknownOneNamingTheField() {
        assertThat(Operation.fromWireName("ats_analysis", "operation")).isEqualTo(Operation.ATS_ANALYSIS);
        assertThatThrownBy(() -> Operation.fromWireName("ATS_ANALYSIS", "operation"))
                .hasMessageContaining("unknown operation");
    }
}
