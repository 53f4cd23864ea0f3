package com.roleready.experimentation.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import org.junit.jupiter.api.Test;

class QueryFlagsTest {

    @Test
    void givenNoValue_thenTheDefaultApplies() {
        assertThat(QueryFlags.bool(null, "includeArchived")).isFalse();
        assertThat(QueryFlags.integer(null, 30, "minTests")).isEqualTo(30);
    }

    @Test
    void givenValidValues_thenTheyAreRead() {
        assertThat(QueryFlags.bool("true", "includeArchived")).isTrue();
        assertThat(QueryFlags.bool("false", "includeArchived")).isFalse();
        assertThat(QueryFlags.integer("5", 30, "minTests")).isEqualTo(5);
    }

    @Test
    void givenAnythingElse_thenItIsA400NamingTheParameter() {
        assertThatThrownBy(() -> QueryFlags.bool("yes", "includeArchived"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("includeArchived"));
        assertThatThrownBy(() -> QueryFlags.integer("ten", 30, "minTests"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("minTests"));
    }
}
