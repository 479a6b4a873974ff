package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.PortalClock;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as a hash chain. Events are written with the change they record (see {@link AuditLog});
 * the chainer then gives each new event, in the order they were written, its place in the chain, the hash
 * of the event before it and its own hash over its content: one chainer at a time, under the lock of the
 * chain's head row, so the chain never forks, not even with several portal nodes. Checkpoints sign the
 * head with the portal's Ed25519 key ({@link AuditSigningKey}). {@link #verify()} walks the chain and
 * reports the first event that is missing, altered or out of place.
 */
@Service
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    static final String SELECT_CHECKPOINTS = "select chain_seq, event_hash, signed_at, public_key, signature from audit_checkpoint";
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditSigningKey key;
    private final PortalClock clock;
    private final Duration checkpointEvery;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditSigningKey key, PortalClock clock,
               @Value("${portal.audit.checkpoint-minutes:60}") long checkpointMinutes) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.key = key;
        this.clock = clock;
        this.checkpointEvery = Duration.ofMinutes(checkpointMinutes);
    }

    /** The chain's head: its last position and hash. */
    public record Head(long seq, String hash) {
    }

    /** A signed checkpoint of the head, as published. */
    public record Checkpoint(long seq, String hash, Instant signedAt, String publicKey, String signature) {

        /** The text the signature covers. */
        public String signedText() {
            return signedText(seq, hash, signedAt);
        }

        static String signedText(long seq, String hash, Instant signedAt) {
            return "legal-procurement-portal audit checkpoint\n" + seq + "\n" + hash + "\n" + signedAt;
        }
    }

    /** What a verification found: intact, or the first broken link (the event and why). */
    public record Verification(boolean intact, long events, Head head, int checkpoints, Long brokenEventId,
                               Long brokenPosition, String problem) {

        static Verification broken(long events, Head head, int checkpoints, Long eventId, Long position, String problem) {
            return new Verification(false, events, head, checkpoints, eventId, position, problem);
        }
    }

    /** Chains the events written since the last run; returns how many. */
    @Scheduled(fixedDelayString = "${portal.audit.chain-interval-ms:1000}", initialDelay = 1000)
    public int chainPending() {
        Integer chained = transaction.execute(status -> {
            Head head = head(jdbc, true);
            List<Row> pending = jdbc.query("select " + Row.COLUMNS + " from audit_event where chain_seq is null order by id"
                    + " fetch first " + BATCH + " rows only", Row::read);
            long seq = head.seq();
            String hash = head.hash();
            for (Row row : pending) {
                seq++;
                String next = row.hash(seq, hash);
                jdbc.update("update audit_event set chain_seq = ?, prev_hash = ?, event_hash = ? where id = ?", seq, hash, next, row.id);
                hash = next;
            }
            if (!pending.isEmpty()) {
                jdbc.update("update audit_chain_head set chain_seq = ?, event_hash = ? where id = 1", seq, hash);
            }
            return pending.size();
        });
        if (chained != null && chained > 0) {
            Checkpoint last = latestCheckpoint();
            if (last == null || !clock.now().isBefore(last.signedAt().plus(checkpointEvery))) {
                checkpoint();
            }
        }
        return chained == null ? 0 : chained;
    }

    /** Signs the chain's head now (what is chained so far). */
    public Checkpoint checkpoint() {
        return transaction.execute(status -> {
            Head head = head(jdbc, true);
            Instant now = Instant.ofEpochMilli(clock.now().toEpochMilli());
            String signature = key.sign(Checkpoint.signedText(head.seq(), head.hash(), now));
            jdbc.update("insert into audit_checkpoint (chain_seq, event_hash, signed_at, public_key, signature) values (?, ?, ?, ?, ?)",
                    head.seq(), head.hash(), Timestamp.from(now), key.publicKey(), signature);
            return new Checkpoint(head.seq(), head.hash(), now, key.publicKey(), signature);
        });
    }

    /** The latest signed checkpoint, or null before the first. */
    public Checkpoint latestCheckpoint() {
        List<Checkpoint> found = jdbc.query(SELECT_CHECKPOINTS + " order by id desc fetch first 1 rows only",
                AuditChain::readCheckpoint);
        return found.isEmpty() ? null : found.get(0);
    }

    public String publicKey() {
        return key.publicKey();
    }

    /** Verifies the whole chain against the portal's own public key (see {@link AuditChainVerifier}). */
    public Verification verify() {
        return new AuditChainVerifier(jdbc, key.publicKey()).verify();
    }

    /** The chain's head, locked for the rest of the transaction when a chainer or signer is about to move or sign it. */
    static Head head(JdbcTemplate jdbc, boolean lock) {
        return jdbc.queryForObject("select chain_seq, event_hash from audit_chain_head where id = 1" + (lock ? " for update" : ""),
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    static Checkpoint readCheckpoint(ResultSet rs, int i) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4), rs.getString(5));
    }

    /** One event as the chain hashes it. */
    static final class Row {
        static final String COLUMNS = "id, occurred_at, actor, action, object_type, object_id, before_state, after_state";

        long id;
        String[] fields;
        long seq;
        String prevHash;
        String eventHash;

        static Row read(ResultSet rs, int i) throws SQLException {
            Row row = new Row();
            row.id = rs.getLong(1);
            row.fields = new String[]{String.valueOf(row.id), rs.getObject(2, OffsetDateTime.class).toInstant().toString(),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)};
            return row;
        }

        static Row readChained(ResultSet rs, int i) throws SQLException {
            Row row = read(rs, i);
            row.seq = rs.getLong(9);
            row.prevHash = rs.getString(10);
            row.eventHash = rs.getString(11);
            return row;
        }

        /** SHA-256 over the position, the previous hash and every field, each length-prefixed. */
        String hash(long position, String previous) {
            StringBuilder text = new StringBuilder().append(position).append('|').append(previous);
            for (String field : fields) {
                text.append('|');
                if (field == null) {
                    text.append('-');
                } else {
                    text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
                }
            }
            return Fingerprint.sha256(text.toString());
        }
    }
}
