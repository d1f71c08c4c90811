package io.pipewright.store;

/**
 * The result of checking the audit chain. When broken, {@code firstBadSeq} is the first entry that
 * does not fit (changed, inserted, or following a deleted one) and {@code problem} says how.
 */
public record AuditVerification(boolean intact, long entries, long firstBadSeq, String problem) {
    static AuditVerification ok(long entries) {
        return new AuditVerification(true, entries, -1, null);
    }

    static AuditVerification broken(long entries, long seq, String problem) {
        return new AuditVerification(false, entries, seq, problem);
    }
}
