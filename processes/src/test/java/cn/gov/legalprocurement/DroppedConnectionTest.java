package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.workflow.ProcessModel;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database connection dies in the middle of a transaction that wrote the portal's tables, the
 * engine's and the audit trail: none of it is left behind, and the same action succeeds once the
 * database answers again (the pool replaces the dead connection).
 */
class DroppedConnectionTest extends ProcessTestSupport {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConnectionDroppedMidTransactionLeavesNoHalfSavedApplication() {
        Unit unit = fixtures.newUnit("1000000");
        long projectsBefore = count("procurement_project");
        long auditBefore = count("audit_event");
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        AtomicReference<String> code = new AtomicReference<>();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            ProcurementProject p = apply(unit, fixtures.villageAdviser, "12");
            code.set(p.getCode());
            jdbc.queryForObject("select count(*) from procurement_project", Long.class); // the writes reach the database
            long session = jdbc.queryForObject("select session_id()", Long.class);
            // another connection kills this transaction's session, as a database restart or network cut would
            try (var other = jdbc.getDataSource().getConnection(); var statement = other.createStatement()) {
                assertThat(statement.executeQuery("select session_id()")).satisfies(r -> {
                    r.next();
                    assertThat(r.getLong(1)).isNotEqualTo(session);
                });
                statement.execute("call abort_session(" + session + ")");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        })).isInstanceOf(RuntimeException.class);

        assertThat(code.get()).as("the application got as far as its code").isNotNull();
        assertThat(count("procurement_project")).isEqualTo(projectsBefore);
        assertThat(count("audit_event")).isEqualTo(auditBefore);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.get()).count()).isZero();

        ProcurementProject again = apply(unit, fixtures.villageAdviser, "12");
        assertThat(count("procurement_project")).isEqualTo(projectsBefore + 1);
        assertThat(findTask(unit.head(), again, ProcessModel.ProjectApplication.TASK_APPROVE)).isPresent();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
