package com.roleready.shared.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {

    @Test
    void givenNoValue_thenTheDefaultApplies() {
        assertThat(QueryParams.bool("includeArchived", null)).isFalse();
        assertThat(QueryParams.integer("minTests", null, 30, 1, 100)).isEqualTo(30);
        assertThat(QueryParams.integer("page", "", 0, 0, 10)).isZero();
        assertThat(QueryParams.uuid("endpointId", null)).isNull();
    }

    @Test
    void givenValidValues_thenTheyAreRead() {
        UUID id = UUID.randomUUID();

        assertThat(QueryParams.bool("includeArchived", "true")).isTrue();
        assertThat(QueryParams.bool("includeArchived", "false")).isFalse();
        assertThat(QueryParams.integer("minTests", "5", 30, 1, 100)).isEqualTo(5);
        assertThat(QueryParams.integer("size", "100", 20, 1, 100)).isEqualTo(100);
        assertThat(QueryParams.uuid("endpointId", id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "1.5", "99999999999", "2147483648", "-1", "101"})
    void givenABadNumber_thenItIsA400NamingTheParameter(String raw) {
        assertThatThrownBy(() -> QueryParams.integer("size", raw, 20, 0, 100))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void givenAnythingElse_thenItIsA400NamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.bool("includeArchived", "yes"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("includeArchived"));
        assertThatThrownBy(() -> QueryParams.uuid("endpointId", "xyz"))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("endpointId"));
    }
}
