package cn.gov.legalprocurement.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.ProcessTestApplication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail cannot be changed silently: rows edited, deleted or reordered directly in the
 * database are found by the verification at the event where it happened; concurrent writers and
 * chainers never fork the chain; checkpoints verify with the published public key.
 */
@SpringBootTest(classes = ProcessTestApplication.class)
class AuditChainTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private final List<Long> ids = new ArrayList<>();
    private final List<Map<String, Object>> saved = new ArrayList<>();

    @BeforeEach
    void fiveEventsChained() {
        for (int i = 0; i < 5; i++) {
            audit.record("tester", "test.event", "Test", i, null, Map.of("n", i, "text", "第 " + i + " 件"));
        }
        chain.chainPending();
        ids.clear();
        ids.addAll(jdbc.queryForList("select id from audit_event where actor = 'tester' order by chain_seq desc"
                + " fetch first 5 rows only", Long.class));
        Collections.reverse(ids);
        saved.clear();
        ids.forEach(id -> saved.add(jdbc.queryForMap("select * from audit_event where id = ?", id)));
        assertThat(chain.verify().intact()).isTrue();
    }

    /** Puts the rows a test tampered with back as they were, so that the chain is whole for the next test. */
    @AfterEach
    void restore() {
        for (Map<String, Object> row : saved) {
            jdbc.update("delete from audit_event where id = ?", row.get("ID"));
        }
        for (Map<String, Object> row : saved) {
            List<String> columns = new ArrayList<>(row.keySet());
            jdbc.update("insert into audit_event (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", row.values().toArray());
        }
        assertThat(chain.verify().intact()).as("the chain restored after the test").isTrue();
    }

    @Test
    void anEditedEventBreaksTheChainAtThatEvent() {
        long target = ids.get(2);
        String original = jdbc.queryForObject("select after_state from audit_event where id = ?", String.class, target);
        jdbc.update("update audit_event set after_state = ? where id = ?", "{\"n\":2,\"text\":\"改过\"}", target);
        AuditChain.Verification v = chain.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenEventId()).isEqualTo(target);
        assertThat(v.problem()).contains("被修改");
        jdbc.update("update audit_event set after_state = ? where id = ?", original, target);
        assertThat(chain.verify().intact()).isTrue();
        // the actor or the time count as much as the content
        jdbc.update("update audit_event set actor = 'someone-else' where id = ?", target);
        assertThat(chain.verify().brokenEventId()).isEqualTo(target);
        jdbc.update("update audit_event set actor = 'tester' where id = ?", target);
    }

    @Test
    void aDeletedEventBreaksTheChainAtTheNextOne() {
        long deleted = ids.get(1);
        jdbc.update("delete from audit_event where id = ?", deleted);
        AuditChain.Verification v = chain.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenEventId()).isEqualTo(ids.get(2));
        assertThat(v.problem()).contains("缺失");
    }

    @Test
    void reorderedEventsBreakTheChainAtTheFirstMovedOne() {
        long a = ids.get(2);
        long b = ids.get(3);
        // swap the two events' places and links, as someone reordering the table would
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, chain_seq, prev_hash, event_hash from audit_event where id in (?, ?) order by chain_seq", a, b);
        jdbc.update("update audit_event set chain_seq = -1 where id = ?", a);
        jdbc.update("update audit_event set chain_seq = ?, prev_hash = ?, event_hash = ? where id = ?",
                rows.get(0).get("chain_seq"), rows.get(0).get("prev_hash"), rows.get(0).get("event_hash"), b);
        jdbc.update("update audit_event set chain_seq = ?, prev_hash = ?, event_hash = ? where id = ?",
                rows.get(1).get("chain_seq"), rows.get(1).get("prev_hash"), rows.get(1).get("event_hash"), a);
        AuditChain.Verification v = chain.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.brokenEventId()).isEqualTo(b);
    }

    @Test
    void deletingTheLastEventsIsSeenAtTheHead() {
        jdbc.update("delete from audit_event where id = ?", ids.get(4));
        AuditChain.Verification v = chain.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("末尾事件被删除");
    }

    @Test
    void aCheckpointVerifiesWithThePublishedKeyAndAForgedOneDoesNot() {
        AuditChain.Checkpoint c = chain.checkpoint();
        assertThat(AuditSigningKey.verify(chain.publicKey(), c.signedText(), c.signature())).isTrue();
        AuditChain.Checkpoint forged = new AuditChain.Checkpoint(c.seq(), "f".repeat(64), c.signedAt(), c.publicKey(), c.signature());
        assertThat(AuditSigningKey.verify(chain.publicKey(), forged.signedText(), forged.signature())).isFalse();
        assertThat(chain.verify().checkpoints()).isPositive();
        // a checkpoint whose hash was changed in the database is reported
        jdbc.update("update audit_checkpoint set event_hash = ? where chain_seq = ?", "f".repeat(64), c.seq());
        assertThat(chain.verify().problem()).contains("检查点");
        jdbc.update("update audit_checkpoint set event_hash = ? where chain_seq = ?", c.hash(), c.seq());
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersAndChainersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                work.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = i;
                        transaction.executeWithoutResult(s -> audit.record("writer-" + writer, "test.concurrent", "Test", n, null, null));
                    }
                    return 50;
                });
            }
            for (int c = 0; c < 2; c++) {
                work.add(() -> {
                    int chained = 0;
                    for (int i = 0; i < 40; i++) {
                        chained += chain.chainPending();
                    }
                    return chained;
                });
            }
            for (Future<Integer> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        chain.chainPending();
        AuditChain.Verification v = chain.verify();
        assertThat(v.intact()).as(v.problem()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'test.concurrent' and chain_seq is not null",
                Long.class)).isEqualTo(200);
        assertThat(v.events()).isEqualTo(jdbc.queryForObject("select count(*) from audit_event", Long.class));
    }
}
