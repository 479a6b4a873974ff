package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.legalprocurement.Fixtures.Unit;
import cn.gov.legalprocurement.contract.Contract;
import cn.gov.legalprocurement.contract.ContractFilingService;
import cn.gov.legalprocurement.contract.FileContractHandler;
import cn.gov.legalprocurement.project.ProcurementProject;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.PortalException;
import cn.gov.legalprocurement.workflow.ProcessModel;
import cn.gov.legalprocurement.workflow.ProcessModel.ContractFiling;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule {@code contract-filing-working-days} (7, 政府采购法 47): a signed government procurement contract is filed
 * with the finance department within seven working days; the filing task is due then, the performance does not
 * wait for it, a late filing stays marked late, and a filing is made once.
 */
class ContractFilingTest extends ProcessTestSupport {

    @Autowired
    ContractFilingService filing;

    private Contract contractOf(ProcurementProject p) {
        return contracts.visibleTo(fixtures.actor("supervisor")).stream().filter(c -> c.getProjectId().equals(p.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void aSignedContractIsFiledWithinSevenWorkingDaysAndOnlyOnce() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        Contract contract = contractOf(p);
        LocalDate signed = PortalClock.dayOf(contract.signedAt());
        assertThat(contract.getFilingDue()).isEqualTo(PortalClock.startOfDay(deadlines.addWorkingDays(signed, 7).plusDays(1)));
        assertThat(task(unit.purchaser(), p, ContractFiling.TASK_FILE).due()).isEqualTo(contract.getFilingDue());
        assertThat(findTask("provider1", p, ProcessModel.PerformanceMonitoring.TASK_REPORT).isPresent()
                || instance(p, ProcessModel.PerformanceMonitoring.ID) != null).as("the performance does not wait for the filing").isTrue();

        assertThatThrownBy(() -> complete(unit.purchaser(), p, ContractFiling.TASK_FILE, new FileContractHandler.Form(false, null)))
                .as("the purchaser confirms the filing").isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.field()).isEqualTo("filed"));
        complete(unit.purchaser(), p, ContractFiling.TASK_FILE, new FileContractHandler.Form(true, "合同副本已报平湖市财政局"));
        Contract filed = contractOf(p);
        assertThat(filed.getFiledAt()).isEqualTo(now());
        assertThat(filed.getFiledBy()).isEqualTo(unit.purchaser());
        assertThat(filed.isFilingLate(now())).isFalse();
        assertThat(instance(p, ContractFiling.ID)).isNull();
        assertThatThrownBy(() -> filing.file(fixtures.actor(unit.purchaser()), filed.getId(), null))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.code()).isEqualTo("error.contract.filing-not-open"));
    }

    @Test
    void aFilingAfterTheDeadlineStaysMarkedLate() {
        Unit unit = fixtures.newUnit("3000000");
        ProcurementProject p = contractInForce(unit);
        Contract contract = contractOf(p);
        assertThat(contract.isFilingLate(contract.getFilingDue().minusSeconds(1))).isFalse();
        at(contract.getFilingDue().plus(Duration.ofDays(2)));
        assertThat(contractOf(p).isFilingLate(now())).as("overdue, not filed").isTrue();
        complete(unit.purchaser(), p, ContractFiling.TASK_FILE, new FileContractHandler.Form(true, null));
        assertThat(contractOf(p).isFilingLate(now().plus(Duration.ofDays(100)))).as("filed late, for good").isTrue();
    }
}
