package io.pipewright.store;

import java.time.Instant;

/** One entry of the audit log: who did what to which object, and when (UTC). */
public record AuditEvent(long seq, Instant at, String user, String action, String object, String details,
                         String prevHash, String hash) {
}
