package com.roleready.experimentation.application.port.in;

import java.util.UUID;

/** The variant to use: its id (to report the result with), label, name and prompt text. */
public record Assignment(UUID variantId, String variant, String name, String prompt) {
}
