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
 * pins it. Stateless and thread-safe; no allocation per call.
 */
public final class UserHashAllocation implements AllocationPolicy {

    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

    @Override
    public UUID choose(List<Arm> arms, String userId) {
        Arms.requireNonEmpty(arms);
        Require.present(userId, "userId");
        long user = fnv1a64Utf8(userId);
        Arm best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = arms.size(); i < n; i++) {
            Arm arm = arms.get(i);
            double score = score(user, arm.variantId(), arm.weight());
            if (best == null || score > bestScore
                    || (score == bestScore && arm.variantId().compareTo(best.variantId()) < 0)) {
                best = arm;
                bestScore = score;
            }
        }
        return best.variantId();
    }

    static double score(long userHash, UUID variantId, double weight) {
        long h = mix64(userHash ^ variantSeed(variantId));
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
