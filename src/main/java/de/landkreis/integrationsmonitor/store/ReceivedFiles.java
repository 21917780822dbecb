package de.landkreis.integrationsmonitor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox as the database remembers it. A file counts as seen once its run has settled it; files a crashed
 * run registered but did not settle are taken over by the next run in their original order (RETURNS.md §1).
 */
@Repository
public class ReceivedFiles {

    private final JdbcClient jdbc;
    private final SchemaTables schema;

    public ReceivedFiles(JdbcClient jdbc, SchemaTables schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** Whether a file of the inbox is new, settled by an earlier run, or registered and not yet settled. */
    public enum Seen {
        NEW, SETTLED, PENDING
    }

    /** Seen before means the same relative path, size and modification time (RETURNS.md §1). */
    public Seen seen(String relativePath, long size, Instant modifiedAt) {
        List<Boolean> settled = jdbc.sql("""
                        select settled_run_id is not null from received_file
                        where relative_path = :path and size_bytes = :size and modified_at = :modified""")
                .param("path", relativePath).param("size", size).param("modified", DbTime.toDb(modifiedAt))
                .query(Boolean.class).list();
        if (settled.isEmpty()) {
            return Seen.NEW;
        }
        return settled.contains(Boolean.TRUE) ? Seen.SETTLED : Seen.PENDING;
    }

    /** A file as "seen before" compares it (RETURNS.md §1), its time as the database keeps it ({@link DbTime}). */
    public record SeenKey(String relativePath, long size, Instant modifiedAt) {

        public SeenKey {
            modifiedAt = DbTime.fromDb(DbTime.toDb(modifiedAt));
        }
    }

    /** Every file an earlier run settled: in one query, for the list of files the next run would register. */
    public Set<SeenKey> settled() {
        Set<SeenKey> keys = new HashSet<>();
        jdbc.sql("select relative_path, size_bytes, modified_at from received_file where settled_run_id is not null")
                .query(rs -> {
                    keys.add(seenKey(rs));
                });
        return keys;
    }

    /** The checksum of every file an import has read, in one query: the inbox's duplicate check reads none again. */
    public Map<SeenKey, String> checksums() {
        Map<SeenKey, String> checksums = new HashMap<>();
        jdbc.sql("select relative_path, size_bytes, modified_at, sha256 from received_file where sha256 is not null")
                .query(rs -> {
                    checksums.put(seenKey(rs), rs.getString(4));
                });
        return checksums;
    }

    private static SeenKey seenKey(ResultSet rs) throws SQLException {
        return new SeenKey(rs.getString(1), rs.getLong(2), DbTime.fromDb(rs.getTimestamp(3).toLocalDateTime()));
    }

    public ReceivedFile register(long runId, String relativePath, long size, Instant modifiedAt) {
        long receiptNo = jdbc.sql("select coalesce(max(receipt_no), 0) + 1 from received_file")
                .query(Long.class).single();
        KeyHolder key = new GeneratedKeyHolder();
        LocalDateTime modified = DbTime.toDb(modifiedAt);
        jdbc.sql("""
                        insert into received_file (relative_path, size_bytes, modified_at, receipt_no, registered_run_id)
                        values (:path, :size, :modified, :receipt, :run)""")
                .param("path", relativePath).param("size", size).param("modified", modified)
                .param("receipt", receiptNo).param("run", runId).update(key, "id");
        // Built from what was written, not read back: one statement less per file (the benchmark's register step).
        return new ReceivedFile(key.getKey().longValue(), relativePath, size, DbTime.fromDb(modified), receiptNo);
    }

    /**
     * Moves the unsettled files of crashed runs to this run and removes what those runs had stored for them, so
     * they are read again as if new: nothing of them was ever counted.
     *
     * @return how many files were taken over
     */
    @Transactional
    public int takeOverUnsettled(long runId) {
        List<Long> ids = jdbc.sql("select id from received_file where settled_run_id is null and registered_run_id <> :run")
                .param("run", runId).query(Long.class).list();
        for (long id : ids) {
            forget(id);
            jdbc.sql("""
                    update received_file set registered_run_id = :run, sha256 = null, file_format = null, outcome = null
                    where id = :id""").param("run", runId).param("id", id).update();
        }
        return ids.size();
    }

    // Everything stored for the file, found through the schema's foreign keys: a table added later goes along.
    private void forget(long fileId) {
        for (String statement : schema.deleteDependentsOf("received_file")) {
            jdbc.sql(statement).param("root", fileId).update();
        }
    }

    /** The files of a run not yet read, in order of receipt. */
    public List<ReceivedFile> pending(long runId) {
        return jdbc.sql("""
                        select * from received_file where registered_run_id = :run and outcome is null
                        order by receipt_no""")
                .param("run", runId).query(ReceivedFiles::map).list();
    }

    /** Marks every file of the run as seen: from now on it is "already known". */
    public void settle(long runId) {
        jdbc.sql("update received_file set settled_run_id = :run where registered_run_id = :run and settled_run_id is null")
                .param("run", runId).update();
    }

    static ReceivedFile map(ResultSet rs, int row) throws SQLException {
        return new ReceivedFile(rs.getLong("id"), rs.getString("relative_path"), rs.getLong("size_bytes"),
                DbTime.fromDb(rs.getTimestamp("modified_at").toLocalDateTime()), rs.getLong("receipt_no"));
    }
}
