package io.automl.results;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stores named binary artifacts of trials (such as trained models) with their size and SHA-256, on a
 * connection the caller's transaction owns; the caller locks the trial row first. A read checks the
 * stored checksum, so a damaged artifact fails loudly instead of loading. Stateless; thread-safe.
 */
final class ArtifactSql {

    void put(Connection c, long trialId, String name, byte[] data, long nowMillis) throws SQLException {
        String sha = sha256(data);
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE artifacts SET data = ?, size = ?, sha256 = ?, created_at = ? WHERE trial_id = ? AND name = ?")) {
            update.setBytes(1, data);
            update.setLong(2, data.length);
            update.setString(3, sha);
            update.setLong(4, nowMillis);
            update.setLong(5, trialId);
            update.setString(6, name);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO artifacts (trial_id, name, data, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, trialId);
            insert.setString(2, name);
            insert.setBytes(3, data);
            insert.setLong(4, data.length);
            insert.setString(5, sha);
            insert.setLong(6, nowMillis);
            insert.executeUpdate();
        }
    }

    Optional<byte[]> get(Connection c, long trialId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data, sha256 FROM artifacts WHERE trial_id = ? AND name = ?")) {
            ps.setLong(1, trialId);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] data = rs.getBytes(1);
                String expected = rs.getString(2);
                if (!expected.equals(sha256(data))) {
                    throw new StoreException("artifact '" + name + "' of trial " + trialId
                            + " does not match its stored SHA-256 " + expected);
                }
                return Optional.of(data);
            }
        }
    }

    boolean delete(Connection c, long trialId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM artifacts WHERE trial_id = ? AND name = ?")) {
            ps.setLong(1, trialId);
            ps.setString(2, name);
            return ps.executeUpdate() > 0;
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
