package com.roleready.experimentation.domain;

import java.util.Arrays;

/**
 * Counts of durations in logarithmic buckets (8 per doubling, so a percentile read from it is
 * within about 4.5 % of the true value), small enough to live in a variant's aggregate row and to
 * update in the recording transaction. Its size is fixed whatever the number of results, which is
 * what keeps the results query constant-time. Encoded as "index:count,..." of non-empty buckets.
 */
public final class DurationHistogram {

    static final int SUB_BUCKETS = 8;
    /** Bucket 0 holds 0 ms; the last one everything from about 1.4 days (2^26.9 ms) up. */
    static final int BUCKETS = 1 + SUB_BUCKETS * 27;

    private final long[] counts;

    private DurationHistogram(long[] counts) {
        this.counts = counts;
    }

    public static DurationHistogram empty() {
        return new DurationHistogram(new long[BUCKETS]);
    }

    public static DurationHistogram decode(String encoded) {
        long[] counts = new long[BUCKETS];
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split(",")) {
                decodePair(pair, counts);
            }
        }
        return new DurationHistogram(counts);
    }

    /** Stored text is trusted input only up to a point: anything malformed is one clear exception. */
    private static void decodePair(String pair, long[] counts) {
        int colon = pair.indexOf(':');
        try {
            int index = Integer.parseInt(pair.substring(0, Math.max(colon, 0)));
            long count = Long.parseLong(pair.substring(colon + 1));
            if (index < 0 || index >= BUCKETS || count < 0) {
                throw new IllegalArgumentException("histogram bucket out of range or negative: " + pair);
            }
            counts[index] = count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed histogram entry: " + pair, e);
        }
    }

    public DurationHistogram copy() {
        return new DurationHistogram(counts.clone());
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] != 0) {
                if (!text.isEmpty()) {
                    text.append(',');
                }
                text.append(i).append(':').append(counts[i]);
            }
        }
        return text.toString();
    }

    public void record(long durationMs) {
        counts[bucketOf(durationMs)]++;
    }

    /** The q-quantile (0 < q <= 1) as the geometric middle of its bucket; 0 when empty. */
    public long quantile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1], was " + q);
        }
        long total = Arrays.stream(counts).sum();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return representative(i);
            }
        }
        return representative(BUCKETS - 1);
    }

    static int bucketOf(long durationMs) {
        if (durationMs <= 0) {
            return 0;
        }
        int bucket = 1 + (int) Math.floor(Math.log(durationMs) / Math.log(2) * SUB_BUCKETS);
        return Math.min(bucket, BUCKETS - 1);
    }

    /** Bucket i >= 1 covers [2^((i-1)/8), 2^(i/8)) ms. */
    static long representative(int bucket) {
        if (bucket == 0) {
            return 0;
        }
        double low = Math.pow(2, (bucket - 1) / (double) SUB_BUCKETS);
        double high = Math.pow(2, bucket / (double) SUB_BUCKETS);
        return Math.round(Math.sqrt(low * high));
    }
}
