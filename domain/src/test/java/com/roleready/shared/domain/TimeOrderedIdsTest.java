package com.roleready.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_796_000_000_123L;

        UUID id = TimeOrderedIds.at(millis);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void theTextFormOfLaterIdsSortsAfterEarlierOnes() {
        List<String> inOrderOfTime = new ArrayList<>();
        for (long millis = 0xFFF_FFF0L; millis < 0x1000_0010L; millis++) { // across a carry into a higher hex digit
            inOrderOfTime.add(TimeOrderedIds.at(millis).toString());
        }

        assertThat(inOrderOfTime).isSorted();
    }

    @Test
    void idsMadeInTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(1_796_000_000_000L));
        }

        assertThat(ids).hasSize(10_000);
    }

    @Test
    void nextUsesTheCurrentTime() {
        long before = System.currentTimeMillis();
        long stamped = TimeOrderedIds.next().getMostSignificantBits() >>> 16;

        assertThat(stamped).isBetween(before, System.currentTimeMillis());
    }
}
