package io.pipewright.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit log: who did what and when. Each entry's hash covers its content and the
 * previous entry's hash, and the newest sequence number and hash are kept in {@code audit_head}, so
 * {@link #verify} detects an edited row, a deleted row (in the middle or at the end) and an inserted
 * one. It is tamper-evident, not tamper-proof: someone who rewrites the whole chain and the head is
 * not detected.
 */
public final class AuditLog {
    static final String GENESIS = "0".repeat(64);

    private final Db db;
    private final String user;

    AuditLog(Db db, String user) {
        this.db = db;
        this.user = user;
    }

    /** Appends an entry in its own transaction. */
    public void append(String action, String object, Map<String, ?> details) {
        db.inTransaction(c -> {
            append(c, action, object, details);
            return null;
        });
    }

    /**
     * Appends an entry inside the caller's transaction, so the entry exists exactly when the change
     * it describes does. Locking the head row chains concurrent appenders one after the other.
     */
    void append(Connection c, String action, String object, Map<String, ?> details) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_head SET seq = seq + 1 WHERE id = 1");
        }
        long seq;
        String prev;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
            rs.next();
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        Instant at = Db.now();
        String detailText = StoreJson.write(details == null ? Map.of() : details);
        String hash = hash(prev, seq, at, user, action, object, detailText);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, at, os_user, action, object, details, "
                + "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            Db.setInstant(ps, 2, at);
            ps.setString(3, user);
            ps.setString(4, action);
            ps.setString(5, object);
            ps.setString(6, detailText);
            ps.setString(7, prev);
            ps.setString(8, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
            ps.setString(1, hash);
            ps.executeUpdate();
        }
    }

    /** The newest entries first, at most {@code limit}. */
    public List<AuditEvent> recent(int limit) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_event ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return events(ps);
            }
        });
    }

    /** Walks the whole chain from the first entry and reports the first entry that does not fit. */
    public AuditVerification verify() {
        return db.inTransaction(c -> {
            long expectedSeq = 1;
            String prev = GENESIS;
            long count = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM audit_event ORDER BY seq")) {
                while (rs.next()) {
                    AuditEvent e = event(rs);
                    count++;
                    if (e.seq() != expectedSeq) {
                        return AuditVerification.broken(count, e.seq(), e.seq() > expectedSeq
                                ? "entry " + expectedSeq + (e.seq() - expectedSeq > 1 ? " to " + (e.seq() - 1) : "")
                                + " is missing (deleted); the chain continues at entry " + e.seq()
                                : "entry " + e.seq() + " appears out of order");
                    }
                    if (!e.prevHash().equals(prev)) {
                        return AuditVerification.broken(count, e.seq(), "entry " + e.seq()
                                + " does not follow the entry before it (an entry before it was changed or removed)");
                    }
                    String computed = hash(e.prevHash(), e.seq(), e.at(), e.user(), e.action(), e.object(), e.details());
                    if (!computed.equals(e.hash())) {
                        return AuditVerification.broken(count, e.seq(), "entry " + e.seq() + " (" + e.action() + " "
                                + e.object() + ") was changed after it was written");
                    }
                    prev = e.hash();
                    expectedSeq++;
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, hash FROM audit_head WHERE id = 1")) {
                if (!rs.next()) {
                    return AuditVerification.broken(count, expectedSeq, "the chain's head record is missing");
                }
                long headSeq = rs.getLong(1);
                if (headSeq != expectedSeq - 1 || !rs.getString(2).equals(prev)) {
                    return AuditVerification.broken(count, expectedSeq, "the newest entries (" + expectedSeq + " to " + headSeq
                            + ") are missing (deleted)");
                }
            }
            return AuditVerification.ok(count);
        });
    }

    private static List<AuditEvent> events(PreparedStatement ps) throws SQLException {
        List<AuditEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(event(rs));
            }
        }
        return out;
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("seq"), Db.instant(rs, "at"), rs.getString("os_user"), rs.getString("action"),
                rs.getString("object"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hash(String prev, long seq, Instant at, String user, String action, String object, String details) {
        String text = String.join("\n", prev, Long.toString(seq), at.toString(), user, action, object, details);
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
