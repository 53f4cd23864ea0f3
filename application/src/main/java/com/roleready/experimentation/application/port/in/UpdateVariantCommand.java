package com.roleready.experimentation.application.port.in;

import com.roleready.shared.domain.Require;
import java.util.UUID;

/**
 * An admin changes a variant. Absent (null) fields keep their current value, so a client may send
 * only what changes; the merged result is validated as a whole by the domain.
 */
public record UpdateVariantCommand(UUID id, String operation, String label, String name, String prompt,
                                   Boolean active, Boolean asControl, Double weight, String by) {

    public UpdateVariantCommand {
        Require.present(id, "id");
        Require.notBlank(by, "by");
    }
}
