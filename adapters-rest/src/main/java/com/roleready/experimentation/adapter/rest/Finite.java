package com.roleready.experimentation.adapter.rest;

/**
 * JSON has no NaN or Infinity (JSON-B would fail the whole answer with a 500). The services promise
 * finite figures; this keeps that promise at the edge too, showing an undefined figure as absent.
 */
final class Finite {

    private Finite() {
    }

    static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    static Double orNull(Double value) {
        return value == null ? null : orNull(value.doubleValue());
    }
}
