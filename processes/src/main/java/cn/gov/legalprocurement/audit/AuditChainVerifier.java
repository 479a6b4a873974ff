package cn.gov.legalprocurement.audit;

import cn.gov.legalprocurement.audit.AuditChain.Checkpoint;
import cn.gov.legalprocurement.audit.AuditChain.Head;
import cn.gov.legalprocurement.audit.AuditChain.Row;
import cn.gov.legalprocurement.audit.AuditChain.Verification;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks the whole audit chain of a database in order, recomputing every hash, then checks the head and
 * every checkpoint's signature (with the public key given: the portal's, or the one an outsider kept) and
 * hash. The first problem found is reported with the event it concerns. Needs only a connection: the
 * portal uses it, and so does the command {@link VerifyAuditChain} on a copy or a restored backup.
 */
public final class AuditChainVerifier {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final String publicKey;

    public AuditChainVerifier(JdbcTemplate jdbc, String publicKey) {
        this.jdbc = jdbc;
        this.publicKey = publicKey;
    }

    public Verification verify() {
        // the chain as far as its head when the walk begins: events chained and checkpoints signed meanwhile are for the
        // next verification (reading them would report a truncated chain that is merely growing)
        Head head = AuditChain.head(jdbc, false);
        List<Checkpoint> checkpoints = jdbc.query(AuditChain.SELECT_CHECKPOINTS + " order by id", AuditChain::readCheckpoint)
                .stream().filter(c -> c.seq() <= head.seq()).toList();
        long expected = 0;
        String hash = AuditChain.GENESIS;
        long events = 0;
        int checkpointIndex = 0;
        while (true) {
            List<Row> rows = jdbc.query("select " + Row.COLUMNS + ", chain_seq, prev_hash, event_hash from audit_event"
                    + " where chain_seq > ? and chain_seq <= ? order by chain_seq fetch first " + BATCH + " rows only",
                    Row::readChained, expected, head.seq());
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                expected++;
                if (row.seq != expected) {
                    return Verification.broken(events, head, checkpointIndex, row.id, expected,
                            "第 " + expected + " 个事件缺失（已删除），链在事件 #" + row.id + " 处断开");
                }
                if (!hash.equals(row.prevHash)) {
                    return Verification.broken(events, head, checkpointIndex, row.id, expected,
                            "事件 #" + row.id + " 记录的前一事件哈希与链不符（事件被删除、插入或调换了顺序）");
                }
                String recomputed = row.hash(expected, hash);
                if (!recomputed.equals(row.eventHash)) {
                    return Verification.broken(events, head, checkpointIndex, row.id, expected,
                            "事件 #" + row.id + " 的内容与其哈希不符（事件被修改）");
                }
                hash = recomputed;
                events++;
                while (checkpointIndex < checkpoints.size() && checkpoints.get(checkpointIndex).seq() == expected) {
                    Checkpoint c = checkpoints.get(checkpointIndex);
                    if (!c.hash().equals(hash) || !c.publicKey().equals(publicKey)
                            || !AuditSigningKey.verify(publicKey, c.signedText(), c.signature())) {
                        return Verification.broken(events, head, checkpointIndex, row.id, expected,
                                "签名检查点（第 " + c.seq() + " 个事件）的签名或哈希与链不符");
                    }
                    checkpointIndex++;
                }
            }
        }
        if (head.seq() != expected || !head.hash().equals(hash)) {
            return Verification.broken(events, head, checkpointIndex, null, expected + 1,
                    "链止于第 " + expected + " 个事件，链头记录却为第 " + head.seq() + " 个（末尾事件被删除）");
        }
        for (; checkpointIndex < checkpoints.size(); checkpointIndex++) {
            if (checkpoints.get(checkpointIndex).seq() > 0) {
                return Verification.broken(events, head, checkpointIndex, null, checkpoints.get(checkpointIndex).seq(),
                        "签名检查点所指的第 " + checkpoints.get(checkpointIndex).seq() + " 个事件已不在链中");
            }
        }
        return new Verification(true, events, head, checkpointIndex, null, null, null);
    }
}
