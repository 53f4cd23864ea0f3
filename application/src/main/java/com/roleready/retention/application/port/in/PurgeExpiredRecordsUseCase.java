package com.roleready.retention.application.port.in;

/**
 * Keeps storage bounded: deletes delivery logs and test result rows older than their retention
 * windows, in short batches. Safe to run on several servers at once.
 */
public interface PurgeExpiredRecordsUseCase {

    PurgeReport purgeExpired();
}
