package com.roleready.shared.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for rows written many times a second (published events, deliveries, attempts): version 7 UUIDs (RFC 9562
 * §5.7), whose first 48 bits are the creation time in Unix milliseconds and whose other 74 bits (besides version and
 * variant) are random from SecureRandom, as a random UUID's are. Their text form sorts by time, so the database appends
 * new rows at the end of each table and index instead of scattering them over pages that no longer fit in memory once
 * the tables grow (ADR 0018). They reveal when the row was created, which the event carries anyway.
 *
 * <p>Written here rather than taken from a library: the domain depends on Java SE only (ArchUnit and the enforcer
 * check it), and the layout is a few lines of arithmetic.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16      // unix_ts_ms: 48 bits
                | 0x7000L                                        // version 7
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // rand_a: 12 bits
        long low = 0x8000_0000_0000_0000L                        // variant 10
                | ((random[2] & 0x3FL) << 56);                   // rand_b: 62 bits
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
