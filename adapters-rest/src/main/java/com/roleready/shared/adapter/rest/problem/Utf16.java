package com.roleready.shared.adapter.rest.problem;

/** Checks on Java strings as UTF-16 text. */
public final class Utf16 {

    private Utf16() {
    }

    /**
     * Whether the text holds half of a surrogate pair: JSON escapes can spell one (\\udc00), but no UTF-8 text can
     * carry it, and encoders silently replace it with '?'.
     */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
