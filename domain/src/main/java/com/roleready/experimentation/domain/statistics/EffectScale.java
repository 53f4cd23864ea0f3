package com.roleready.experimentation.domain.statistics;

/** Which effect a {@link Comparison}'s interval and p-value are about. */
public enum EffectScale {
    /** treatment − control, in the metric's own unit (e.g. 0.06 = 6 points of success rate). */
    ABSOLUTE,
    /** (treatment − control) / |control|, by the delta method as gbstats does (e.g. 0.12 = 12 % lift). */
    RELATIVE
}
