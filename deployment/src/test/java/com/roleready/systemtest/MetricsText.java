package com.roleready.systemtest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one counter out of the Prometheus text that {@code /metrics} returns. */
final class MetricsText {

    private MetricsText() {
    }

    /** The value of {@code name} with the tag {@code tag="value"} (among any others); 0 while it is not registered. */
    static double counter(String metricsText, String name, String tag, String value) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(tag + "=\"" + value + "\"")
                + "[^}]*\\}\\s+([0-9.eE+]+)", Pattern.MULTILINE).matcher(metricsText);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
