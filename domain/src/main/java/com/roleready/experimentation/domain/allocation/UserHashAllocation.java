package com.roleready.experimentation.domain.allocation;

import com.roleready.shared.domain.Require;
import java.util.List;
import java.util.UUID;

/**
 * The {@code user_hash} strategy: the same user always gets the same variant, with no state stored, and when
 * variants are added, removed or re-weighted only the minimum share of users moves. Weighted rendezvous (highest
 * random weight) hashing: every (user, variant) pair gets a pseudo-random {@code u} in (0, 1) and the score
 * {@code -weight / ln(u)}; the highest score wins. A variant then wins with probability weight / total weight, and
 * since a pair's score never depends on the other variants:
 * <ul>
 *   <li>adding a variant moves only the users it now wins (its share), all of them to it;</li>
 *   <li>removing a variant moves only its own users;</li>
 *   <li>re-weighting moves only the share that changed hands (50/50 to 40/60 moves 10 %).</li>
 * </ul>
 * {@code hash % n} would move about (n−1)/n of all users on any change, cumulative ranges up to half.
 *
 * <p>The hash is fully specified so that the answer is identical across restarts, JVMs, servers and any other
 * implementation (never {@code String.hashCode}, {@code UUID.hashCode} or anything JVM-dependent):
 * <pre>
 *   user   = FNV-1a 64 over the UTF-8 bytes of userId (unpaired surrogates encoded as '?', as String.getBytes does)
 *   seed   = mix64(mix64(leastSignificantBits(variantId)) ^ mostSignificantBits(variantId))
 *   h      = mix64(user ^ seed)
 *   u      = ((h &gt;&gt;&gt; 11) + 0.5) / 2^53          strictly inside (0, 1)
 *   score  = -weight / ln(u)                   ties (never seen in practice) go to the smaller variantId
 *   mix64  = SplitMix64 finaliser: z ^= z&gt;&gt;&gt;30; z *= 0xbf58476d1ce4e5b9; z ^= z&gt;&gt;&gt;27; z *= 0x94d049bb133111eb;
 *            z ^= z&gt;&gt;&gt;31
 * </pre>
 * <strong>Changing any part of this reshuffles all users</strong> between variants mid-experiment; the golden test
 * pins it. Thread-safe; no allocation per call once the variant list has been seen.
 *
 * <p>Two shortcuts give exactly the answers above, only faster (ADR 0010): the variant seeds are kept for the last
 * list of arms seen (the assignment snapshot hands out the same list for a whole TTL), and when all weights are
 * equal the highest score is the highest {@code u}, because {@code -w / ln(u)} grows with {@code u}; no logarithm
 * is then taken. Where two {@code u} are so close (relative gap under 2^-30) that rounding of the logarithm or of
 * {@code u} itself could tie their scores, the full score comparison decides, as before.
 */
public final class UserHashAllocation implements AllocationPolicy {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

    /**
     * The seeds of the last arms seen, and whether all their weights are equal. Arms are immutable, so the same
     * arm objects in the same order mean the same seeds, even if the caller's list itself is mutable.
     */
    private record Seeds(Arm[] arms, long[] seeds, boolean equalWeights) {
        boolean isFor(List<Arm> list) {
            if (list.size() != arms.length) {
                return false;
            }
            for (int i = 0; i < arms.length; i++) {
                if (list.get(i) != arms[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private volatile Seeds lastSeeds;

    @Override
    public UUID choose(List<Arm> arms, String userId) {
        Arms.requireNonEmpty(arms);
        Require.present(userId, "userId");
        long user = fnv1a64Utf8(userId);
        Seeds seeds = seedsOf(arms);
        return seeds.equalWeights ? chooseEqualWeights(arms, seeds.seeds, user) : chooseByScore(arms, seeds.seeds, user);
    }

    private Seeds seedsOf(List<Arm> arms) {
        Seeds cached = lastSeeds;
        if (cached != null && cached.isFor(arms)) {
            return cached;
        }
        long[] seeds = new long[arms.size()];
        boolean equalWeights = true;
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = variantSeed(arms.get(i).variantId());
            equalWeights &= arms.get(i).weight() == arms.get(0).weight();
        }
        Seeds fresh = new Seeds(arms.toArray(new Arm[0]), seeds, equalWeights);
        lastSeeds = fresh;
        return fresh;
    }

    /** Highest {@code u} wins; ties and near-ties (where scores could round to equal) go to the full comparison. */
    private static UUID chooseEqualWeights(List<Arm> arms, long[] seeds, long user) {
        int best = 0;
        long bestK = mix64(user ^ seeds[0]) >>> 11;
        long secondK = -1;
        for (int i = 1; i < seeds.length; i++) {
            long k = mix64(user ^ seeds[i]) >>> 11;
            if (k > bestK) {
                secondK = bestK;
                bestK = k;
                best = i;
            } else if (k > secondK) {
                secondK = k;
            }
        }
        if (secondK >= 0 && bestK - secondK <= (bestK >>> 30) + 1) {
            return chooseByScore(arms, seeds, user);
        }
        return arms.get(best).variantId();
    }

    private static UUID chooseByScore(List<Arm> arms, long[] seeds, long user) {
        Arm best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = arms.size(); i < n; i++) {
            Arm arm = arms.get(i);
            double score = scoreWithSeed(user, seeds[i], arm.weight());
            if (best == null || score > bestScore
                    || (score == bestScore && arm.variantId().compareTo(best.variantId()) < 0)) {
                best = arm;
                bestScore = score;
            }
        }
        return best.variantId();
    }

    static double score(long userHash, UUID variantId, double weight) {
        return scoreWithSeed(userHash, variantSeed(variantId), weight);
    }

    private static double scoreWithSeed(long userHash, long seed, double weight) {
        long h = mix64(userHash ^ seed);
        double u = ((h >>> 11) + 0.5) * TWO_POW_MINUS_53;
        return -weight / Math.log(u);
    }

    static long variantSeed(UUID variantId) {
        return mix64(mix64(variantId.getLeastSignificantBits()) ^ variantId.getMostSignificantBits());
    }

    /** FNV-1a 64 over the UTF-8 encoding of {@code s}, encoded on the fly so that no byte array is allocated. */
    static long fnv1a64Utf8(String s) {
        long h = FNV_OFFSET_BASIS;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * FNV_PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xC0 | (c >>> 6))) * FNV_PRIME;
                h = (h ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                h = (h ^ (0xF0 | (cp >>> 18))) * FNV_PRIME;
                h = (h ^ (0x80 | ((cp >>> 12) & 0x3F))) * FNV_PRIME;
                h = (h ^ (0x80 | ((cp >>> 6) & 0x3F))) * FNV_PRIME;
                h = (h ^ (0x80 | (cp & 0x3F))) * FNV_PRIME;
            } else if (Character.isSurrogate(c)) {
                h = (h ^ '?') * FNV_PRIME;
            } else {
                h = (h ^ (0xE0 | (c >>> 12))) * FNV_PRIME;
                h = (h ^ (0x80 | ((c >>> 6) & 0x3F))) * FNV_PRIME;
                h = (h ^ (0x80 | (c & 0x3F))) * FNV_PRIME;
            }
        }
        return h;
    }

    /** The SplitMix64 output finaliser (Stafford's Mix13): a bijection with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
