package com.roleready.notification.domain;

import com.roleready.shared.domain.DomainValidationException;

/** Input over a size limit: a validation error that HTTP reports as 413. */
public class PayloadTooLargeException extends DomainValidationException {

    public PayloadTooLargeException(String field, String message) {
        super(field, message);
    }
}
