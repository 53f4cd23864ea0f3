package com.roleready.experimentation.domain.statistics;

import java.util.List;

/**
 * The answer to "which prompt wins?".
 *
 * @param declared    true only when the leader significantly beats the control (see {@link WinnerRule})
 * @param winnerId    the declared winner, null unless {@code declared}
 * @param leaderId    the arm currently ranked first (best success rate, then quality), shown even when not declared
 * @param reason      one sentence for the admin: why this is (or is not) a winner
 * @param comparisons one entry per non-control arm, in input order
 */
public record WinnerVerdict(boolean declared, String winnerId, String leaderId, String reason,
                            List<ArmComparison> comparisons) {

    public WinnerVerdict {
        comparisons = List.copyOf(comparisons);
    }
}
