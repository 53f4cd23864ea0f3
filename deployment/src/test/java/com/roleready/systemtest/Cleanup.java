package com.roleready.systemtest;

/** A test class's resources, closed in order after its tests. */
final class Cleanup {

    private Cleanup() {
    }

    /** Closes each resource that was created (nulls are skipped), all of them even if one fails; rethrows the first. */
    static void closeInOrder(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
