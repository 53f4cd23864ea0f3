package com.roleready.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.roleready.shared.domain.DomainValidationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    @Test
    void parsesTheExactWireNames() {
        EventFilter filter = EventFilter.ofWireNames(List.of("resume.parsed", "operation.cancelled"));
        assertThat(filter.events()).containsExactlyInAnyOrder(EventType.RESUME_PARSED, EventType.OPERATION_CANCELLED);
    }

    @Test
    void allSubscribesToTheSevenPlatformEventsButNotTheTestEvent() {
        assertThat(EventFilter.all().wireNames()).containsExactlyInAnyOrder("resume.parsed", "resume.parse_failed",
                "ats.check_completed", "ats.check_failed", "tailoring.completed", "tailoring.failed",
                "operation.cancelled");
    }

    @Test
    void rejectsUnknownEventTypesNamingTheField() {
        assertThatThrownBy(() -> EventFilter.ofWireNames(List.of("resume.parsed", "resume.exploded")))
                .isInstanceOf(DomainValidationException.class)
                .hasMessageContaining("resume.exploded")
                .extracting(e -> ((DomainValidationException) e).field()).isEqualTo("enabledEvents");
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> EventFilter.ofWireNames(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void rejectsDuplicates() {
        assertThatThrownBy(() -> EventFilter.ofWireNames(List.of("ats.check_failed", "ats.check_failed")))
                .hasMessageContaining("more than once");
    }

    @Test
    void rejectsSubscribingToTheTestEvent() {
        assertThatThrownBy(() -> new EventFilter(Set.of(EventType.WEBHOOK_TEST))).hasMessageContaining("webhook.test");
    }

    @Test
    void acceptsSubscribedEventsAndAlwaysTheTestEvent() {
        EventFilter filter = EventFilter.ofWireNames(List.of("tailoring.completed"));
        assertThat(filter.accepts(EventType.TAILORING_COMPLETED)).isTrue();
        assertThat(filter.accepts(EventType.TAILORING_FAILED)).isFalse();
        assertThat(filter.accepts(EventType.WEBHOOK_TEST)).isTrue();
    }
}
